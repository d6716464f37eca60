import { ImportError } from '@/lib/import/errors';

/**
 * Runs a command-line entry point: expected problems (bad input files) print one clear line and exit
 * 1; anything else prints its stack and exits 1 too.
 */
export function runScript(main: () => void | Promise<void>): void {
  Promise.resolve()
    .then(main)
    .catch((error: unknown) => {
      if (error instanceof ImportError) console.error(`Error: ${error.message}`);
      else console.error(error);
      process.exitCode = 1;
    });
}
