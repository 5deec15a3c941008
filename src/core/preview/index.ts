// The live news preview's core: article → HTML body, body → full webview page.
export { renderArticle, formatArticleDate, HEADLINE_LIMIT, DEFAULT_WORDS_PER_MINUTE } from './renderArticle';
export type { RenderOptions, RenderedArticle, ArticleFacts } from './renderArticle';
export { renderPreviewPage, previewContentSecurityPolicy } from './page';
export type { PreviewPageOptions } from './page';
export { escapeHtml, stripMetaHttpEquiv, isAllowedLinkUrl, isAllowedImageUrl, urlScheme } from './html';
