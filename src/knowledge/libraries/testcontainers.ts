import { outcomes, type LibraryKnowledge } from '../types';

/**
 * testcontainers: a container, network or compose environment is described by a builder (`new GenericContainer(image)`
 * and its `with…` methods) that starts nothing; `start()` (`up()` for compose) runs it in Docker and resolves to the
 * started one, which runs until `stop()` (`down()`), after the tests too unless the reaper removes it.
 */
export const testcontainers = {
  name: 'testcontainers',
  modules: ['testcontainers'],
  exports: {
    GenericContainer: 'ContainerClass',
    Network: 'NetworkClass',
    DockerComposeEnvironment: 'ComposeClass',
  },
  types: {
    StartedTestContainer: 'StartedContainer',
    StartedNetwork: 'StartedNetwork',
    StartedDockerComposeEnvironment: 'StartedCompose',
  },
  kinds: {
    ContainerClass: { construct: 'Container', methods: { fromDockerfile: 'ImageBuilder' } },
    ImageBuilder: { methods: { build: 'promise<Container>' }, otherMethods: 'ImageBuilder' },
    Container: { methods: { start: 'promise<StartedContainer>' }, otherMethods: 'Container' },
    StartedContainer: {
      resource: { description: 'Docker container', closes: ['stop'] },
      methods: outcomes('promise', [
        'stop',
        'restart',
        'exec',
        'logs',
        'commit',
        'copyFilesToContainer',
        'copyDirectoriesToContainer',
        'copyContentToContainer',
        'copyArchiveToContainer',
        'copyArchiveFromContainer',
      ]),
      // `getHost()`, `getMappedPort()`, the modules' `getConnectionUri()` and the like.
      otherMethods: 'value',
    },
    NetworkClass: { construct: 'Network' },
    Network: { methods: { start: 'promise<StartedNetwork>' } },
    StartedNetwork: { resource: { description: 'Docker network', closes: ['stop'] }, methods: { stop: 'promise' }, otherMethods: 'value' },
    ComposeClass: { construct: 'Compose' },
    Compose: { methods: { up: 'promise<StartedCompose>', down: 'promise' }, otherMethods: 'Compose' },
    StartedCompose: {
      resource: { description: 'Docker Compose environment', closes: ['down', 'stop'] },
      methods: { down: 'promise', stop: 'promise' },
      otherMethods: 'value',
    },
  },
} as const satisfies LibraryKnowledge;

/** The `@testcontainers/*` modules: each exports container builders (`PostgreSqlContainer`) built on the core's. */
export const testcontainersModules = {
  name: 'testcontainers-modules',
  modules: [
    'arangodb',
    'azurecosmosdb',
    'azurite',
    'cassandra',
    'chromadb',
    'clickhouse',
    'cockroachdb',
    'couchbase',
    'elasticsearch',
    'etcd',
    'gcloud',
    'hivemq',
    'k3s',
    'kafka',
    'localstack',
    'mariadb',
    'minio',
    'mockserver',
    'mongodb',
    'mssqlserver',
    'mysql',
    'nats',
    'neo4j',
    'ollama',
    'opensearch',
    'postgresql',
    'qdrant',
    'rabbitmq',
    'redis',
    'redpanda',
    'scylladb',
    'selenium',
    'toxiproxy',
    'valkey',
    'weaviate',
  ].map((name) => `@testcontainers/${name}`),
  otherExports: 'testcontainers.ContainerClass',
  kinds: {},
} as const satisfies LibraryKnowledge;
