import { FieldErrors } from '@plekwijzer/graphql';
import { createTestApp, type TestApp } from '@plekwijzer/test-support';
import { PostcodeLookup } from './postcode-lookup.service.js';

/** The postcode lookup as the app wires it (the real PC4 table from data/): known, unknown, malformed. */
describe('PostcodeLookup', () => {
  let t: TestApp;
  let lookup: PostcodeLookup;

  beforeAll(async () => {
    t = await createTestApp();
    lookup = t.app.get(PostcodeLookup);
  });
  afterAll(() => t.close());

  it('normalises a known PC6 to "1234 AB" and finds its PC4 area', () => {
    const errors = new FieldErrors();
    const resolved = lookup.resolve('input.postcode', '3811ab', errors);
    expect(errors.any).toBe(false);
    expect(resolved).toMatchObject({ postcode: '3811 AB', location: { pc4: '3811' } });
    expect(resolved!.location.lat).toEqual(expect.any(Number));
  });

  it('keeps a bare PC4 as the four digits', () => {
    const errors = new FieldErrors();
    expect(lookup.resolve('p', ' 3822 ', errors)).toMatchObject({
      postcode: '3822',
      location: { pc4: '3822' },
    });
    expect(errors.any).toBe(false);
  });

  it('a well-formed postcode that is not in the table is a field error, never a default location', () => {
    const errors = new FieldErrors();
    expect(lookup.resolve('input.postcode', '1000 AA', errors)).toBeUndefined();
    expect(errors.list).toEqual([
      {
        path: 'input.postcode',
        message: expect.stringContaining('not in the postcode table'),
        code: 'UNKNOWN_POSTCODE',
      },
    ]);
  });

  it.each(['38', 'abcd', '3811 ABC', '', '38111'])(
    'malformed %p is a field error on the given path',
    (input) => {
      const errors = new FieldErrors();
      expect(lookup.resolve('home', input, errors)).toBeUndefined();
      expect(errors.list).toHaveLength(1);
      expect(errors.list[0].path).toBe('home');
      expect(errors.list[0].code).toBe('INVALID_POSTCODE');
      expect(() => errors.throwIfAny()).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    },
  );

  it('locationOf finds a known PC4 and nothing for an unknown one', () => {
    expect(lookup.locationOf('3811')).toMatchObject({ pc4: '3811' });
    expect(lookup.locationOf('1000')).toBeUndefined();
    expect(lookup.locationOf('3811 AB')).toBeUndefined();
  });
});
