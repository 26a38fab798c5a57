/**
 * The app's one font stack, for CSS, SVG charts and canvas text alike. System fonts only: nothing
 * to download, and a PNG export renders the same offline. The Chinese faces come before the
 * generic family so zh-CN text gets one Chinese face, not glyphs picked one by one.
 */
export const SYSTEM_FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Liberation Sans', Arial, " +
  "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
