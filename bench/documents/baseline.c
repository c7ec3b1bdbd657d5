/*
 * The raw baseline for bench/documents: CLIENTS threads, each with its own libpq connection (PG* from
 * the environment), for SECONDS seconds: write SIZE bytes to a new file in DIR, fsync it, close it,
 * insert one row (path, size) in autocommit, the PostgreSQL commit itself durable. Prints
 * "operations/s p50_ms p99_ms". Each file's first bytes differ, so that nothing can share storage.
 * Build: gcc -O2 -o baseline baseline.c -I/usr/include/postgresql -lpq -lpthread
 * Usage: baseline DIR SECONDS CLIENTS SIZE
 */
#include <errno.h>
#include <fcntl.h>
#include <libpq-fe.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const char *dir;
static double seconds;
static size_t size;
static double start;

#define MAX_OPS 1000000
static double latencies[MAX_OPS];
static long ops;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec / 1e9;
}

static void *client(void *arg) {
  long id = (long) arg;
  PGconn *c = PQconnectdb("");
  if (PQstatus(c) != CONNECTION_OK) {
    fprintf(stderr, "connect: %s", PQerrorMessage(c));
    exit(1);
  }
  unsigned seed = (unsigned) id;
  char *bytes = malloc(size);
  for (size_t i = 0; i < size; i++) bytes[i] = (char) ('a' + rand_r(&seed) % 26);
  char path[4096], len[32];
  snprintf(len, sizeof len, "%zu", size);
  for (long n = 0; now() - start < seconds; n++) {
    double t0 = now();
    snprintf(path, sizeof path, "%s/%ld-%ld.bin", dir, id, n);
    memcpy(bytes, path + strlen(dir), strlen(path) - strlen(dir)); /* unique content */
    int fd = open(path, O_CREAT | O_EXCL | O_WRONLY, 0600);
    if (fd < 0) { perror(path); exit(1); }
    for (size_t off = 0; off < size;) {
      ssize_t w = write(fd, bytes + off, size - off);
      if (w < 0) { perror("write"); exit(1); }
      off += (size_t) w;
    }
    if (fsync(fd) != 0) { perror("fsync"); exit(1); }
    close(fd);
    const char *values[2] = {path, len};
    PGresult *r = PQexecParams(c, "insert into bench_baseline (path, size) values ($1, $2::bigint)", 2, NULL,
        values, NULL, NULL, 0);
    if (PQresultStatus(r) != PGRES_COMMAND_OK) {
      fprintf(stderr, "insert: %s", PQerrorMessage(c));
      exit(1);
    }
    PQclear(r);
    double t1 = now();
    pthread_mutex_lock(&lock);
    if (ops < MAX_OPS) latencies[ops++] = t1 - t0;
    pthread_mutex_unlock(&lock);
  }
  PQfinish(c);
  free(bytes);
  return NULL;
}

static int compare(const void *a, const void *b) {
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

int main(int argc, char **argv) {
  if (argc != 5) {
    fprintf(stderr, "usage: %s DIR SECONDS CLIENTS SIZE\n", argv[0]);
    return 2;
  }
  dir = argv[1];
  seconds = atof(argv[2]);
  int clients = atoi(argv[3]);
  size = (size_t) atol(argv[4]);
  pthread_t *threads = calloc((size_t) clients, sizeof *threads);
  start = now();
  for (long i = 0; i < clients; i++) pthread_create(&threads[i], NULL, client, (void *) i);
  for (int i = 0; i < clients; i++) pthread_join(threads[i], NULL);
  double elapsed = now() - start;
  qsort(latencies, (size_t) ops, sizeof latencies[0], compare);
  printf("%.1f %.1f %.1f\n", ops / elapsed, ops ? latencies[ops / 2] * 1000 : 0,
      ops ? latencies[(long) (ops * 0.99)] * 1000 : 0);
  return 0;
}
