/* Baseline for the lint benchmark: libpg_query alone on the same files.
 *
 *   parse_only [--split] FILE...     parse each file
 *   parse_only [--split] @LIST       parse each file named in LIST (one path a line)
 *
 * Default: one pg_query_parse_protobuf() call on each file's whole text (what a
 * linter cannot do less than). --split: first pg_query_split_with_scanner(),
 * then one pg_query_parse_protobuf() per statement, the way shale parses.
 * Prints "files=N bytes=B statements=S errors=E" on stdout; a file that does
 * not parse is named on stderr. Exit 0 if every file parsed, 1 otherwise.
 *
 *   gcc -O2 -o parse_only parse_only.c -lpg_query
 */
#include <pg_query.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int split_mode = 0;
static long n_files = 0, n_bytes = 0, n_stmts = 0, n_errors = 0;

static char* read_file(const char* path, long* len) {
  FILE* f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 1 << 14, n = 0, got;
  char* buf = malloc(cap + 1);
  while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
    n += got;
    if (n == cap) buf = realloc(buf, (cap *= 2) + 1);
  }
  fclose(f);
  buf[n] = '\0';
  *len = (long)n;
  return buf;
}

/* Top-level statements in a protobuf ParseResult: count field-2 (stmts) tags
 * without unpacking, so the baseline does no work beyond libpg_query's. */
static long count_stmts(const unsigned char* p, size_t len) {
  long n = 0;
  size_t i = 0;
  while (i < len) {
    unsigned long long key = 0, v = 0;
    int shift = 0;
    while (i < len) { unsigned char b = p[i++]; key |= (unsigned long long)(b & 0x7f) << shift; shift += 7; if (!(b & 0x80)) break; }
    int wire = (int)(key & 7);
    if (wire == 0) { while (i < len && (p[i++] & 0x80)) {} continue; }
    if (wire != 2) break; /* ParseResult has only varint (version) and length-delimited (stmts) fields */
    shift = 0;
    while (i < len) { unsigned char b = p[i++]; v |= (unsigned long long)(b & 0x7f) << shift; shift += 7; if (!(b & 0x80)) break; }
    if ((key >> 3) == 2) n++;
    i += (size_t)v;
  }
  return n;
}

static int parse_text(const char* path, const char* sql) {
  PgQueryProtobufParseResult r = pg_query_parse_protobuf(sql);
  int ok = r.error == NULL;
  if (!ok) fprintf(stderr, "%s: %s\n", path, r.error->message);
  else n_stmts += count_stmts((const unsigned char*)r.parse_tree.data, r.parse_tree.len);
  pg_query_free_protobuf_parse_result(r);
  return ok;
}

static void parse_file(const char* path) {
  long len = 0;
  char* sql = read_file(path, &len);
  n_files++;
  if (!sql) {
    fprintf(stderr, "%s: cannot read\n", path);
    n_errors++;
    return;
  }
  n_bytes += len;
  int ok = 1;
  if (!split_mode) {
    ok = parse_text(path, sql);
  } else {
    PgQuerySplitResult s = pg_query_split_with_scanner(sql);
    if (s.error) {
      ok = parse_text(path, sql);
    } else {
      for (int i = 0; i < s.n_stmts && ok; ++i) {
        int loc = s.stmts[i]->stmt_location, l = s.stmts[i]->stmt_len;
        if (l == 0) l = (int)(len - loc); /* the last statement may run to the end */
        char saved = sql[loc + l];
        sql[loc + l] = '\0';
        ok = parse_text(path, sql + loc);
        sql[loc + l] = saved;
      }
    }
    pg_query_free_split_result(s);
  }
  if (!ok) n_errors++;
  free(sql);
}

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    if (strcmp(argv[i], "--split") == 0) {
      split_mode = 1;
    } else if (argv[i][0] == '@') {
      FILE* list = fopen(argv[i] + 1, "r");
      if (!list) { fprintf(stderr, "%s: cannot read list\n", argv[i] + 1); return 2; }
      char line[4096];
      while (fgets(line, sizeof line, list)) {
        line[strcspn(line, "\r\n")] = '\0';
        if (*line) parse_file(line);
      }
      fclose(list);
    } else {
      parse_file(argv[i]);
    }
  }
  printf("files=%ld bytes=%ld statements=%ld errors=%ld\n", n_files, n_bytes, n_stmts, n_errors);
  return n_errors ? 1 : 0;
}
