// Media library upload with a progress bar. Without this script the form posts normally and works the same.
(function () {
  'use strict';

  function enhance(form) {
    var progress = form.querySelector('.upload-progress');
    var status = form.querySelector('.upload-status');
    var button = form.querySelector('button[type=submit]');
    if (!progress || !window.FormData || !window.XMLHttpRequest || !window.DOMParser) {
      return;
    }

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var xhr = new XMLHttpRequest();
      xhr.open('POST', form.action);
      xhr.upload.addEventListener('progress', function (e) {
        if (e.lengthComputable) {
          var percent = Math.round(e.loaded / e.total * 100);
          progress.value = percent;
          status.textContent = '正在上传：' + percent + '%';
        }
      });
      xhr.addEventListener('load', function () {
        // The server answers with the library page and the results: show it as if the form had been posted.
        var page = new DOMParser().parseFromString(xhr.responseText, 'text/html');
        var fresh = page.querySelector('.media-library');
        var current = document.querySelector('.media-library');
        if (fresh && current) {
          current.replaceWith(fresh);
          var results = fresh.querySelector('.upload-results');
          if (results) {
            results.setAttribute('tabindex', '-1');
            results.focus();
          }
          var again = fresh.querySelector('form[data-upload]');
          if (again) {
            enhance(again);
          }
        } else {
          status.textContent = '上传失败（' + xhr.status + '），请重试。';
          button.disabled = false;
        }
      });
      xhr.addEventListener('error', function () {
        status.textContent = '网络错误，上传未完成，请重试。';
        button.disabled = false;
        progress.hidden = true;
      });
      progress.hidden = false;
      progress.value = 0;
      button.disabled = true;
      status.textContent = '开始上传…';
      xhr.send(new FormData(form));
    });
  }

  document.querySelectorAll('form[data-upload]').forEach(enhance);
}());
