import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsDefined,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DomainError } from './domain-error.js';
import { createValidationPipe, validateInput } from './validation.js';

class Shift {
  @IsString()
  day: string;

  @IsInt()
  @Max(24)
  hours: number;
}

class Sample {
  @IsString()
  title: string;

  @ValidateNested({ each: true })
  @Type(() => Shift)
  shifts: Shift[];
}

const broken = { title: 7, shifts: [{ day: 'MON', hours: 30 }], colour: 'red' };

describe('validateInput', () => {
  it('reports the same fields and messages as the global pipe, without the argument name', async () => {
    let fromPipe: Array<{ path: string; message: string }> = [];
    try {
      await createValidationPipe().transform(broken, { type: 'body', metatype: Sample, data: 'input' });
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      fromPipe = (error as DomainError).extensions.fields as typeof fromPipe;
    }
    const { errors } = validateInput(Sample, broken);
    expect(errors).toEqual(fromPipe.map((f) => ({ ...f, path: f.path.replace(/^input\./, '') })));
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: 'colour', message: 'colour is not a known field', code: 'UNKNOWN_FIELD' },
        {
          path: 'shifts.0.hours',
          message: 'hours must not be greater than 24',
          code: 'OUT_OF_RANGE',
          params: { max: 24 },
        },
        expect.objectContaining({ path: 'title' }),
      ]),
    );
  });

  it('returns the input as an instance of its class, nested classes included', () => {
    const { value, errors } = validateInput(Sample, { title: 'ok', shifts: [{ day: 'TUE', hours: 4 }] });
    expect(errors).toEqual([]);
    expect(value).toBeInstanceOf(Sample);
    expect(value.shifts[0]).toBeInstanceOf(Shift);
  });
});

class Coded {
  @IsString()
  @MaxLength(5)
  nickname: string;

  @IsString()
  @Length(2, 4)
  reference: string;

  @IsInt()
  @Min(1)
  @Max(180)
  minutes: number;

  @ArrayMaxSize(2)
  tags: string[];

  @IsEnum({ A: 'A', B: 'B' })
  kind: string;

  @IsDefined()
  needed: boolean;
}

describe('field error codes', () => {
  const codes = (plain: object) =>
    Object.fromEntries(
      validateInput(Coded, plain).errors.map((e) => [e.path, { code: e.code, params: e.params }]),
    );
  const valid = { nickname: 'Sam', reference: 'ab', minutes: 30, tags: [], kind: 'A', needed: true };

  it('name each problem with a stable code and the limits it was declared with', () => {
    expect(
      codes({ nickname: 'Samantha', reference: 'abcdef', minutes: 200, tags: ['x', 'y', 'z'], kind: 'C' }),
    ).toEqual({
      nickname: { code: 'TOO_LONG', params: { max: 5 } },
      reference: { code: 'TOO_LONG', params: { max: 4 } },
      minutes: { code: 'OUT_OF_RANGE', params: { min: 1, max: 180 } },
      tags: { code: 'TOO_MANY', params: { max: 2 } },
      kind: { code: 'INVALID_CHOICE', params: undefined },
      needed: { code: 'REQUIRED', params: undefined },
    });
  });

  it('tell a too short text from an empty one, and pass a valid input', () => {
    expect(codes({ ...valid, reference: 'a' }).reference).toEqual({ code: 'TOO_SHORT', params: { min: 2 } });
    expect(codes({ ...valid, reference: '' }).reference).toEqual({ code: 'REQUIRED', params: undefined });
    expect(codes({ ...valid, minutes: 2.5 }).minutes).toEqual({
      code: 'NOT_A_WHOLE_NUMBER',
      params: undefined,
    });
    expect(codes(valid)).toEqual({});
  });

  it('keep the English message beside the code', () => {
    const [error] = validateInput(Coded, { ...valid, minutes: 0 }).errors;
    expect(error).toEqual({
      path: 'minutes',
      message: 'minutes must not be less than 1',
      code: 'OUT_OF_RANGE',
      params: { min: 1, max: 180 },
    });
  });
});

class Options {
  @IsOptional()
  @IsInt()
  @Min(1)
  limit = 25;

  @IsOptional()
  @IsString({ each: true })
  tags?: string[];
}

describe('the global pipe on an optional argument that is left out', () => {
  const meta = (metatype: new () => object) => ({ type: 'body' as const, metatype, data: 'options' });

  it('gives a fresh instance with the defaults every time, also after the first', async () => {
    const pipe = createValidationPipe();
    const first = await pipe.transform(undefined, meta(Options));
    const second = await pipe.transform(undefined, meta(Options));
    const third = await pipe.transform(null, meta(Options));
    for (const value of [first, second, third]) {
      expect(value).toBeInstanceOf(Options);
      expect(value).toEqual({ limit: 25 });
    }
    expect(second).not.toBe(first);
    (second as Options).limit = 3;
    expect(await pipe.transform(undefined, meta(Options))).toEqual({ limit: 25 });
  });

  it('still validates a value that is given, after an absent one passed', async () => {
    const pipe = createValidationPipe();
    await pipe.transform(undefined, meta(Options));
    await expect(pipe.transform({ limit: 0 }, meta(Options))).rejects.toMatchObject({
      extensions: { fields: [expect.objectContaining({ path: 'options.limit', code: 'OUT_OF_RANGE' })] },
    });
  });

  it('reports a class whose empty instance fails every time it is left out', async () => {
    const pipe = createValidationPipe();
    for (let i = 0; i < 2; i++) {
      await expect(pipe.transform(undefined, meta(Sample))).rejects.toBeInstanceOf(DomainError);
    }
  });
});
