/**
 * `upcart-conformance --base-url URL [--token TOKEN] [--other-token TOKEN2] [--company-id ID] [--json]`:
 * runs the kit against a backend, prints the table (or the results as JSON) and exits 1 when a
 * check failed, 2 when it could not run.
 */
import { parseArgs } from 'node:util';
import { formatReport, runConformance, summarize } from './index.js';

const USAGE = 'usage: upcart-conformance --base-url URL [--token TOKEN] [--other-token TOKEN2] [--company-id ID] [--json]';

export async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        'base-url': { type: 'string' },
        token: { type: 'string' },
        'other-token': { type: 'string' },
        'company-id': { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const baseUrl = values['base-url'];
  if (!baseUrl || !URL.canParse(baseUrl)) {
    console.error(`--base-url must be an absolute URL such as http://127.0.0.1:8787/api\n${USAGE}`);
    return 2;
  }
  const results = await runConformance({ baseUrl, token: values.token, otherToken: values['other-token'], companyId: values['company-id'] });
  if (values.json) console.log(JSON.stringify({ results, summary: summarize(results) }, null, 2));
  else console.log(formatReport(results));
  return summarize(results).failed > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
