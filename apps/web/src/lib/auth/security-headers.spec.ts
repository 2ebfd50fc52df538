import { securityHeaders } from './security-headers';

describe('security headers', () => {
  it('deny sniffing, cross-site referrers, framing and camera, microphone and location', () => {
    const headers = securityHeaders({ pathname: '/', signedIn: false, https: false });
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('same-origin');
    expect(headers['permissions-policy']).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
    expect(headers['strict-transport-security']).toBeUndefined();
    expect(headers['cache-control']).toBeUndefined();
  });

  it('add HSTS over HTTPS and no-store on private pages and for signed-in people', () => {
    expect(
      securityHeaders({ pathname: '/', signedIn: false, https: true })['strict-transport-security'],
    ).toMatch(/max-age=31536000/);
    expect(securityHeaders({ pathname: '/account', signedIn: false, https: false })['cache-control']).toBe(
      'no-store',
    );
    expect(securityHeaders({ pathname: '/courses/x', signedIn: true, https: false })['cache-control']).toBe(
      'no-store',
    );
  });
});
