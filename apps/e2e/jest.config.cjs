const { readFileSync } = require('fs');

// End-to-end tests start the built apps as processes: they need the build, and run one file at a time.
const swcJestConfig = JSON.parse(
  readFileSync(`${__dirname}/.spec.swcrc`, 'utf-8'),
);
swcJestConfig.swcrc = false;

module.exports = {
  displayName: '@atrevete/e2e',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  testTimeout: 120000,
  transform: {
    '^.+\\.[tj]s$': ['@swc/jest', swcJestConfig],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: 'test-output/jest/coverage',
};
