/** Seeds are bundled as raw text (webpack `asset/source`). */
declare module "*.txt" {
  const content: string;
  export default content;
}
