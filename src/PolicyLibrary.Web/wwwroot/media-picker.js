// The editor's image picker. Without this script the picker is a list of images with their Markdown to copy.
(function () {
  'use strict';

  // Writes the image as a paragraph of its own at the cursor, so the page shows it as a figure with its caption.
  function insertAt(textarea, markdown) {
    var start = textarea.selectionStart, end = textarea.selectionEnd, text = textarea.value;
    var before = text.slice(0, start), after = text.slice(end);
    var lead = before.length === 0 || /\n\n$/.test(before) ? '' : (/\n$/.test(before) ? '\n' : '\n\n');
    var tail = after.length === 0 || /^\n\n/.test(after) ? '' : (/^\n/.test(after) ? '\n' : '\n\n');
    var inserted = lead + markdown + tail;
    textarea.value = before + inserted + after;
    var caret = start + inserted.length;
    textarea.focus();
    textarea.setSelectionRange(caret, caret);
  }

  function escapeAlt(alt) {
    return alt.replace(/[\[\]\\]/g, '\\$&').replace(/\s+/g, ' ').trim();
  }

  function enhance(picker) {
    var textarea = document.getElementById(picker.getAttribute('data-target'));
    var form = picker.closest('form');
    var panel = picker.querySelector('.media-picker-panel');
    var chosenText = picker.querySelector('.media-picker-chosen');
    var fileInput = picker.querySelector('[data-picker-file]');
    var alt = picker.querySelector('[data-picker-alt]');
    var caption = picker.querySelector('[data-picker-caption]');
    var problem = picker.querySelector('.media-picker-problem');
    var insert = picker.querySelector('[data-picker-insert]');
    if (!textarea || !form || !panel || !window.fetch || !window.FormData) {
      return;
    }

    var chosen = null;
    panel.hidden = false;
    picker.querySelector('.media-picker-nojs').textContent = '选择下列图片或上传新图片，填写替代文本后插入到正文光标处。';
    chosenText.textContent = '尚未选择图片。';
    picker.querySelectorAll('[data-picker-choose]').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', function () {
        chosen = { file: button.getAttribute('data-file'), name: button.getAttribute('data-name') };
        fileInput.value = '';
        alt.value = button.getAttribute('data-alt') || '';
        chosenText.textContent = '已选择：' + chosen.name;
        problem.textContent = '';
        alt.focus();
      });
    });
    fileInput.addEventListener('change', function () {
      if (fileInput.files.length > 0) {
        chosen = null;
        chosenText.textContent = '将上传：' + fileInput.files[0].name;
      }
    });

    insert.addEventListener('click', function () {
      problem.textContent = '';
      if (alt.value.trim() === '') {
        problem.textContent = '请填写替代文本：用一句话说明图片的内容，供读屏软件朗读。';
        alt.focus();
        return;
      }
      if (chosen) {
        insertAt(textarea, '![' + escapeAlt(alt.value) + '](' + chosen.file + ')');
        chosenText.textContent = '已插入：' + chosen.name;
        return;
      }
      if (fileInput.files.length === 0) {
        problem.textContent = '请先选择一张图片，或选择要上传的图片文件。';
        return;
      }
      var data = new FormData();
      data.append('file', fileInput.files[0]);
      data.append('altText', alt.value);
      data.append('caption', caption.value);
      data.append('__RequestVerificationToken', form.querySelector('input[name=__RequestVerificationToken]').value);
      insert.disabled = true;
      chosenText.textContent = '正在上传…';
      fetch(picker.getAttribute('data-insert-url'), { method: 'POST', body: data, credentials: 'same-origin' })
        .then(function (response) {
          return response.json().then(function (body) { return { ok: response.ok, body: body }; });
        })
        .then(function (answer) {
          if (answer.ok) {
            insertAt(textarea, answer.body.markdown);
            chosenText.textContent = '已上传并插入：' + answer.body.name;
            fileInput.value = '';
          } else {
            chosenText.textContent = '';
            problem.textContent = answer.body.detail || '上传失败，请重试。';
          }
        })
        .catch(function () {
          chosenText.textContent = '';
          problem.textContent = '网络错误，上传未完成，请重试。';
        })
        .then(function () { insert.disabled = false; });
    });
  }

  document.querySelectorAll('[data-media-picker]').forEach(enhance);
}());
