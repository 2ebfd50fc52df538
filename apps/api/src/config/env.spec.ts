import { ConfigError, loadConfig } from './env';

describe('loading the configuration from the environment', () => {
  it('uses safe defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ env: 'development', host: '127.0.0.1', port: 4000, logFormat: 'text' });
    expect(config.mongodbUri).toBeUndefined();
  });

  it('treats an empty MONGODB_URI as unset', () => {
    expect(loadConfig({ MONGODB_URI: '' }).mongodbUri).toBeUndefined();
  });

  it('names every malformed variable in one message', () => {
    expect(() => loadConfig({ PORT: 'eighty', MONGODB_URI: 'postgres://x' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty', MONGODB_URI: 'postgres://x' })).toThrow(
      /PORT.*MONGODB_URI|MONGODB_URI.*PORT/,
    );
  });

  it('says what a port must be', () => {
    for (const port of ['eighty', '70000', '-1', '80.5']) {
      expect(() => loadConfig({ PORT: port })).toThrow(/PORT: must be a whole number from 0 to 65535/);
    }
    expect(loadConfig({ PORT: '0' }).port).toBe(0);
  });

  it('logs JSON in production', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).logFormat).toBe('json');
  });
});
