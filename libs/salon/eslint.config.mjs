import baseConfig, { libRules } from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  ...libRules,
  {
    ignores: ['**/out-tsc'],
  },
];
