import { expect } from '@open-wc/testing';
import { ApiError } from '../../core/errors.js';

/** The core's refusal of `run`, failing the test when it does not refuse. */
export function refusal(run: () => unknown): ApiError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected a refusal');
}
