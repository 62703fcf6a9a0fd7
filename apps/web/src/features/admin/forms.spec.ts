import { apiProblems } from '../../graphql/fieldProblems';
import {
  checkOrganisation,
  checkUser,
  EMPTY_ORGANISATION,
  EMPTY_USER,
  ORGANISATION_WORDS,
  USER_WORDS,
  firstProblem,
  organisationInput,
  userInput,
} from './forms';

const organisation = {
  kind: 'PARTNER' as const,
  name: ' Taalcafé De Brug ',
  kvkNumber: '',
  street: 'Hof 1',
  postcode: '3811 CJ',
  city: 'Amersfoort',
  contactName: 'Els',
  contactEmail: 'els@debrug.nl',
};

describe('the organisation form’s own checks', () => {
  it('names every missing field of an empty form, in the form’s order first', () => {
    const problems = checkOrganisation(EMPTY_ORGANISATION);
    expect(Object.keys(problems).sort()).toEqual(
      ['city', 'contactEmail', 'contactName', 'kind', 'name', 'postcode', 'street'].sort(),
    );
    expect(firstProblem(['kind', 'name', 'postcode'], problems)).toBe('kind');
  });

  it('accepts a complete form; a KvK number is optional but must be 8 digits', () => {
    expect(checkOrganisation(organisation)).toEqual({});
    expect(checkOrganisation({ ...organisation, kvkNumber: '1234567' })).toEqual({
      kvkNumber: 'admin.error.kvk',
    });
    expect(checkOrganisation({ ...organisation, kvkNumber: '12345678' })).toEqual({});
    expect(checkOrganisation({ ...organisation, postcode: '3811' })).toEqual({});
    expect(checkOrganisation({ ...organisation, postcode: 'Amersfoort' })).toEqual({
      postcode: 'admin.error.postcode',
    });
    expect(checkOrganisation({ ...organisation, contactEmail: 'els@' })).toEqual({
      contactEmail: 'admin.error.email',
    });
  });

  it('sends trimmed values, without an empty KvK number, with the idempotency key', () => {
    expect(organisationInput(organisation, 'key-12345')).toEqual({
      ...organisation,
      name: 'Taalcafé De Brug',
      kvkNumber: undefined,
      idempotencyKey: 'key-12345',
    });
  });
});

describe('the user form’s own checks', () => {
  const user = {
    role: 'COACH' as const,
    displayName: 'Noor',
    email: 'noor@gemeente.nl',
    externalSubject: '',
  };

  it('a role must fit the organisation’s kind', () => {
    expect(checkUser(user, 'COACHING')).toEqual({});
    expect(checkUser(user, 'EMPLOYER')).toEqual({ role: 'admin.error.roleKind' });
    expect(checkUser({ ...user, role: 'EMPLOYER' }, 'EMPLOYER')).toEqual({});
  });

  it('names what is missing', () => {
    expect(checkUser(EMPTY_USER, 'PARTNER')).toEqual({
      role: 'admin.error.role',
      displayName: 'admin.error.displayName',
      email: 'admin.error.email',
    });
  });

  it('sends the organisation, leaves out an empty external subject', () => {
    expect(userInput({ ...user, externalSubject: ' ' }, 'org-1', 'key-12345')).toEqual({
      organisationId: 'org-1',
      role: 'COACH',
      displayName: 'Noor',
      email: 'noor@gemeente.nl',
      externalSubject: undefined,
      idempotencyKey: 'key-12345',
    });
  });
});

describe('the API’s field errors in the admin forms', () => {
  it('are said in the admin words where the general ones would be wrong, else in the general words', () => {
    expect(
      apiProblems(
        {
          fields: {
            kvkNumber: 'another organisation has this KvK number',
            postcode: 'Postcode 1000 is not in the postcode table',
          },
          fieldCodes: { kvkNumber: { code: 'ALREADY_EXISTS' }, postcode: { code: 'UNKNOWN_POSTCODE' } },
        },
        ORGANISATION_WORDS,
      ),
    ).toEqual({
      kvkNumber: { id: 'admin.error.kvkExists', values: {} },
      postcode: { id: 'participantForm.code.UNKNOWN_POSTCODE', values: {} },
    });
    expect(
      apiProblems(
        {
          fields: {
            role: 'a coaching organisation cannot have employer users',
            organisationId: 'there is no such organisation',
          },
          fieldCodes: {
            role: { code: 'INVALID_CHOICE', params: { kind: 'COACHING' } },
            organisationId: { code: 'NOT_FOUND' },
          },
        },
        USER_WORDS,
      ),
    ).toEqual({
      role: { id: 'admin.error.roleKind', values: { kind: 'COACHING' } },
      organisationId: { id: 'admin.error.organisationGone', values: {} },
    });
  });
});
