// A Stryker reporter that appends each mutant's result to `<MUTATION_OUT>/mutants.ndjson` as it
// is tested. On two shared cores a full run can outlast a working session; stopped early, a run
// still leaves what it measured (Stryker itself writes its reports only at the end).
import fs from 'node:fs';
import path from 'node:path';
import { PluginKind, declareClassPlugin } from '@stryker-mutator/api/plugin';

class ProgressFileReporter {
  constructor() {
    this.file = path.join(process.env.MUTATION_OUT ?? 'reports/mutation', 'mutants.ndjson');
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    fs.writeFileSync(this.file, '');
  }

  onMutantTested(result) {
    const { fileName, location, mutatorName, replacement, status } = result;
    const line = { file: path.relative(process.cwd(), fileName), line: location.start.line, mutatorName, replacement, status };
    fs.appendFileSync(this.file, `${JSON.stringify(line)}\n`);
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.Reporter, 'progress-file', ProgressFileReporter)];
