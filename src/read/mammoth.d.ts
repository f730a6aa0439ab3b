declare module "mammoth" {
  interface Result {
    value: string;
    messages: Array<{ type: string; message: string }>;
  }
  export function convertToHtml(input: { buffer: Buffer }, options?: Record<string, unknown>): Promise<Result>;
  const mammoth: { convertToHtml: typeof convertToHtml };
  export default mammoth;
}
