/** A reader that stops early (`sverka split big.txt | head`): the rest of the output goes nowhere, quietly. */

/**
 * Makes a closed pipe on these streams end their output quietly: Node
 * reports it as an EPIPE error, which unhandled prints a stack trace and
 * exits 1. Here the stream is let go, later writes are dropped, and the run
 * goes on to its own exit code (so `sverka check a b | head` still exits 1
 * when problems were found). Any other write error is raised as before.
 */
export function quietOnClosedPipe(...streams: NodeJS.WriteStream[]): void {
  for (const stream of streams) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") {
        stream.destroy();
        return;
      }
      throw error;
    });
  }
}
