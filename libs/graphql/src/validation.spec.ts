import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsInt, IsString, Max, ValidateNested } from 'class-validator';
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
        { path: 'colour', message: 'colour is not a known field' },
        { path: 'shifts.0.hours', message: 'hours must not be greater than 24' },
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
