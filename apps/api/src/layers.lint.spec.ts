import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');

// ESLint loads the flat config with a dynamic import, which jest's module sandbox refuses: lint in a
// child process, with only the layer rule and no type information (the snippet is not on disk).
const LINT_SNIPPET = `
import { ESLint } from 'eslint';
const [code, filePath] = JSON.parse(process.argv[1]);
const eslint = new ESLint({
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
});
const [result] = await eslint.lintText(code, { filePath });
process.stdout.write(JSON.stringify(result.messages.map((m) => m.ruleId + ': ' + m.message)));
`;

/** The lint errors of a snippet as if it were the named file of the repository. */
async function importErrors(code: string, filePath: string): Promise<string[]> {
  const output = execFileSync(
    process.execPath,
    ['--input-type=module', '-e', LINT_SNIPPET, JSON.stringify([code, join(root, filePath)])],
    { cwd: root, encoding: 'utf8' },
  );
  return JSON.parse(output) as string[];
}

describe('the layer rules of the lint configuration', () => {
  jest.setTimeout(60_000);

  it('refuses mongoose and the file system in a service or resolver', async () => {
    const service = await importErrors(
      "import { Model } from 'mongoose';\nexport type M = Model<unknown>;\n",
      'apps/api/src/modules/example/example.service.ts',
    );
    expect(service).toEqual([expect.stringContaining("'mongoose' import is restricted")]);
    const resolver = await importErrors(
      "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
      'apps/api/src/modules/example/example.resolver.ts',
    );
    expect(resolver).toEqual([expect.stringContaining("'node:fs' import is restricted")]);
  });

  it('allows them in repositories, persistence schemas and adapters', async () => {
    const code = "import { Model } from 'mongoose';\nexport type M = Model<unknown>;\n";
    for (const file of ['example.repository.ts', 'example.schema.ts', 'example-files.adapter.ts']) {
      expect(await importErrors(code, `apps/api/src/modules/example/${file}`)).toEqual([]);
    }
  });

  it('lets the engine import only xstate and its own modules', async () => {
    const code =
      "import { z } from 'zod';\nimport { setup } from 'xstate';\nimport { a } from './a';\nexport { z, setup, a };\n";
    const errors = await importErrors(code, 'libs/course-engine/src/machines/example.ts');
    expect(errors).toEqual([expect.stringContaining("'zod' import is restricted")]);
  });
});
