// The two build-only packages without type declarations, typed as far as the build uses them.
declare module 'mapshaper' {
  const mapshaper: {
    /** Runs mapshaper commands on in-memory files; resolves to the `-o` outputs by file name. */
    applyCommands(commands: string, inputs: Record<string, string>): Promise<Record<string, Buffer | string>>;
  };
  export default mapshaper;
}

declare module 'fontnik' {
  export function range(
    opts: { font: Buffer; start: number; end: number },
    callback: (err: Error | null, pbf: Buffer) => void,
  ): void;
}
