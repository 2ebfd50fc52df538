import type { CodegenConfig } from '@graphql-codegen/cli';

// The committed schema file is the contract; codegen never needs a running API.
const config: CodegenConfig = {
  schema: '../api/schema.gql',
  documents: ['src/lib/graphql/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/lib/graphql/generated/': {
      preset: 'client',
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: true,
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
