import { annotateRequest, requestLogFields } from './request-annotations.js';

describe('the request log fields', () => {
  it('carry the operation name and the user id (a UUID), nothing else about the user', () => {
    const req = {
      actor: {
        userId: '6f1c2a8e-3a57-4b0e-9a43-2d7c1f0b9e11',
        role: 'COACH',
        displayName: 'Fatima Bouzid',
        email: 'f@example.nl',
      },
    };
    annotateRequest(req, { operation: 'Caseload' });
    expect(requestLogFields(req)).toEqual({
      operation: 'Caseload',
      userId: '6f1c2a8e-3a57-4b0e-9a43-2d7c1f0b9e11',
    });
  });

  it('are empty for a request without a GraphQL operation or a signed-in user', () => {
    expect(requestLogFields({})).toEqual({});
    expect(requestLogFields(undefined)).toEqual({});
  });
});
