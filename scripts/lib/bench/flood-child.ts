// The abuse run's flood in a process of its own (scripts/lib/bench/abuse.ts, runFloodApart), so that the load it
// generates does not slow the process that drives and times the editor's browser.
//   tsx scripts/lib/bench/flood-child.ts '{"baseUrl":…,"connections":50,"seconds":60,"divisionId":…}'
// Prints the FloodResult as JSON on stdout.
import { runFlood } from './abuse';

const options = JSON.parse(process.argv[2] ?? '{}') as Parameters<typeof runFlood>[0];
runFlood(options)
  .then((result) => process.stdout.write(`${JSON.stringify(result)}\n`))
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
