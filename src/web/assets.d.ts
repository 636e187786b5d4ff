/** A workbook imported by the page's build becomes its data: URL (webpack/page.config.js, asset/inline). */
declare module '*.xlsx' {
  const dataUrl: string;
  export default dataUrl;
}
