import { describe, expect, it } from 'vitest';
import { kindAt, resolve, typed } from './helpers';

const started = ['new', '.start()', 'await'];

describe('testcontainers', () => {
  it.each([
    ['new GenericContainer(image) starts nothing', 'testcontainers.Container', 'GenericContainer', ['new']],
    [
      'new GenericContainer(image).withExposedPorts(p).withEnvironment(e)',
      'testcontainers.Container',
      'GenericContainer',
      ['new', '.withExposedPorts()', '.withEnvironment()'],
    ],
    ['container.start()', 'promise<testcontainers.StartedContainer>', 'GenericContainer', ['new', '.start()']],
    ['started.stop()', 'promise', 'GenericContainer', [...started, '.stop()']],
    ['started.exec(cmd)', 'promise', 'GenericContainer', [...started, '.exec()']],
    ['started.getMappedPort(p) stays synchronous', 'value', 'GenericContainer', [...started, '.getMappedPort()']],
    ['started.getHost()', 'value', 'GenericContainer', [...started, '.getHost()']],
    ['fromDockerfile(dir).withBuildArgs(a)', 'testcontainers.ImageBuilder', 'GenericContainer', ['.fromDockerfile()', '.withBuildArgs()']],
    ['GenericContainer.fromDockerfile(dir).build()', 'promise<testcontainers.Container>', 'GenericContainer', ['.fromDockerfile()', '.build()']],
    ['new Network().start()', 'promise<testcontainers.StartedNetwork>', 'Network', ['new', '.start()']],
    ['new DockerComposeEnvironment(dir, file).withBuild()', 'testcontainers.Compose', 'DockerComposeEnvironment', ['new', '.withBuild()']],
    ['compose.up()', 'promise<testcontainers.StartedCompose>', 'DockerComposeEnvironment', ['new', '.up()']],
    ['startedCompose.getContainer(name)', 'value', 'DockerComposeEnvironment', ['new', '.up()', 'await', '.getContainer()']],
  ] as const)('%s gives %s', (_code, gives, name, path) => {
    expect(resolve('testcontainers', name, path)).toBe(gives);
  });

  it.each([
    ['a started container', ['stop'], 'GenericContainer', started],
    ['a started network', ['stop'], 'Network', started],
    ['a started compose environment', ['down', 'stop'], 'DockerComposeEnvironment', ['new', '.up()', 'await']],
    ['a container builder holds nothing', undefined, 'GenericContainer', ['new']],
  ] as const)('%s runs until %o', (_code, closes, name, path) => {
    expect(kindAt('testcontainers', name, path)?.spec.resource?.closes).toEqual(closes);
  });

  it.each([
    ['StartedTestContainer', 'testcontainers.StartedContainer'],
    ['StartedNetwork', 'testcontainers.StartedNetwork'],
    ['StartedDockerComposeEnvironment', 'testcontainers.StartedCompose'],
  ] as const)('a value annotated %s is %s', (type, kind) => {
    expect(typed('testcontainers', type)?.id).toBe(kind);
  });
});

describe('testcontainers-modules', () => {
  it.each([
    ['@testcontainers/postgresql', 'PostgreSqlContainer'],
    ['@testcontainers/redis', 'RedisContainer'],
    ['@testcontainers/kafka', 'KafkaContainer'],
  ] as const)('every export of %s (%s) is a container builder', (module, name) => {
    expect(resolve(module, name)).toBe('testcontainers.ContainerClass');
    expect(resolve(module, name, ['new', '.withDatabase()', '.start()'])).toBe('promise<testcontainers.StartedContainer>');
  });

  it('new PostgreSqlContainer().start() runs until stop(); getConnectionUri() stays synchronous', () => {
    const path = ['new', '.start()', 'await'];
    expect(kindAt('@testcontainers/postgresql', 'PostgreSqlContainer', path)?.spec.resource?.closes).toEqual(['stop']);
    expect(resolve('@testcontainers/postgresql', 'PostgreSqlContainer', [...path, '.getConnectionUri()'])).toBe('value');
  });

  it('has no default export', () => {
    expect(resolve('@testcontainers/postgresql', 'default')).toBe(undefined);
  });
});
