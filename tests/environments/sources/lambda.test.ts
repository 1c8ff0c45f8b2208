import { describe, expect, it } from 'vitest';
import { readLambdaFunctions } from '../../../src/core/environments/sources/index.js';
import { fixtureText, refusal } from './fixtures.js';

// base64 5tT2qgzYUHoqwR616pZ2dpkn/0J1FrzJmlKidWaaCgk= decoded by hand (python3 base64.b64decode(...).hex())
const ZIP_DIGEST = 'sha256:e6d4f6aa0cd8507a2ac11eb5ea9676769927ff427516bcc99a52a275669a0a09';
const ZIP = { name: 'my-function', digest: ZIP_DIGEST, where: [{ function: 'arn:aws:lambda:us-west-2:123456789012:function:my-function', version: '$LATEST' }] };
const IMAGE = {
  name: 'my-image-function',
  digest: 'sha256:74b2c688c700ec95a93e478cdb959737c148df3fbf5ea706abe0318726e885e6',
  image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/hello-world:latest',
  where: [{ function: 'arn:aws:lambda:us-east-1:123456789012:function:my-image-function', version: '$LATEST' }],
};

describe('readLambdaFunctions on aws lambda get-function output', () => {
  it('turns a zip function CodeSha256 from base64 into hex', () => {
    expect(readLambdaFunctions(fixtureText('lambda', 'aws-cli__get-function-zip.json'))).toEqual({ artifacts: [ZIP], skipped: [] });
  });

  it('reads an image function digest from Code.ResolvedImageUri', () => {
    expect(readLambdaFunctions(fixtureText('lambda', 'hand-made__get-function-image.json'))).toEqual({ artifacts: [IMAGE], skipped: [] });
  });

  it('reads an array of get-function outputs, sorted by name', () => {
    const text = `[${fixtureText('lambda', 'hand-made__get-function-image.json')},${fixtureText('lambda', 'aws-cli__get-function-zip.json')}]`;
    expect(readLambdaFunctions(text).artifacts).toEqual([ZIP, IMAGE]);
  });
});

describe('readLambdaFunctions rules', () => {
  const output = (config: Record<string, unknown>, code: Record<string, unknown> = {}) => JSON.stringify({ Configuration: { FunctionName: 'f', ...config }, Code: code });

  it('skips a CodeSha256 that is not base64 of 32 bytes, and an image function without a digest', () => {
    expect(readLambdaFunctions(output({ CodeSha256: 'abc=' })).skipped).toEqual([{ what: 'function f', why: 'its CodeSha256 "abc=" is not the base64 of a sha256' }]);
    expect(readLambdaFunctions(output({ CodeSha256: 'e6d4f6aa0cd8507a2ac11eb5ea9676769927ff427516bcc99a52a275669a0a09' })).skipped).toHaveLength(1);
    expect(readLambdaFunctions(output({ PackageType: 'Image' }, { ImageUri: 'r/x:1', ResolvedImageUri: 'r/x:1' })).skipped[0]?.why).toMatch(/names no sha256 digest/);
  });

  it('uses the function name when there is no ARN', () => {
    expect(readLambdaFunctions(output({ CodeSha256: '5tT2qgzYUHoqwR616pZ2dpkn/0J1FrzJmlKidWaaCgk=' })).artifacts[0]?.where).toEqual([{ function: 'f' }]);
  });

  it('refuses what get-function does not print, naming the command', () => {
    expect(refusal(() => readLambdaFunctions('{"Functions":[]}'))).toMatch(/^not the output of aws lambda get-function: the top level has no "Configuration"/);
    expect(refusal(() => readLambdaFunctions('{"Configuration":[]}'))).toMatch(/Configuration is an array, not an object/);
    expect(refusal(() => readLambdaFunctions('{"Configuration":{}}'))).toMatch(/has no FunctionName/);
    expect(refusal(() => readLambdaFunctions('[null]'))).toMatch(/\[0\] is null, not a get-function output/);
  });
});
