// vitest setup file: a test that made any fake GitHub refuse a request GitHub would refuse fails.
import { afterEach } from 'vitest';
import { failOnSpecViolations } from './spec-violations.js';

afterEach(() => {
  failOnSpecViolations();
});
