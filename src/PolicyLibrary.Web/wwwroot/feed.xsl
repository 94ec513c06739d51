<?xml version="1.0" encoding="utf-8"?>
<!-- A person who opens one of our Atom feeds in a browser sees this page: what a feed is, its address to copy into a
     reader, and its entries as links. Feed readers ignore the stylesheet and read the Atom as it is. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom" exclude-result-prefixes="atom">
  <xsl:output method="html" encoding="utf-8" doctype-system="about:legacy-compat"/>
  <xsl:template match="/atom:feed">
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="atom:title"/>（订阅源）</title>
        <link rel="stylesheet" href="/_content/PolicyLibrary.Themes.Default/site.css"/>
      </head>
      <body>
        <header class="site-header">
          <div class="wrap header-row">
            <a class="brand" href="{atom:link[@rel='alternate']/@href}"><span class="brand-emblem" aria-hidden="true">政</span><span class="brand-name">返回网站首页</span></a>
          </div>
        </header>
        <main id="main" class="wrap">
          <h1><xsl:value-of select="atom:title"/></h1>
          <section class="intro feed-about" aria-labelledby="feed-about">
            <h2 id="feed-about">这是一个订阅源（Atom）</h2>
            <p>把本页的地址复制到订阅阅读器（RSS/Atom 阅读器、邮件客户端的订阅功能等）中，就能在新文件、新解读发布时收到更新，不必反复打开网站查看。</p>
            <p>订阅地址：<code class="feed-address"><xsl:value-of select="atom:link[@rel='self']/@href"/></code></p>
          </section>
          <section aria-labelledby="feed-entries">
            <h2 id="feed-entries">最近的 <xsl:value-of select="count(atom:entry)"/> 条</h2>
            <ol class="doc-list feed-entries">
              <xsl:for-each select="atom:entry">
                <li>
                  <a class="doc-title" href="{atom:link/@href}"><xsl:value-of select="atom:title"/></a>
                  <p class="doc-summary"><xsl:value-of select="atom:summary | atom:content"/></p>
                  <p class="doc-meta"><span><xsl:value-of select="atom:author/atom:name"/></span><span><xsl:value-of select="substring(atom:published, 1, 10)"/></span></p>
                </li>
              </xsl:for-each>
            </ol>
          </section>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
