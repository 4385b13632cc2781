/** Files webpack emits beside the page (asset/resource): importing one gives its URL. */
declare module "*.xlsx" {
  const url: string;
  export default url;
}
