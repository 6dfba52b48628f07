/**
 * The few web-standard globals shared/ uses. Node and the browser both provide them, but
 * shared/ is compiled with neither Node's nor the DOM's types, so they are declared here.
 */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}
