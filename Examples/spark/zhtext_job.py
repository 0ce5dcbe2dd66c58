#!/usr/bin/env python3
"""zhtext as the map step of Spark.

    spark-submit Examples/spark/zhtext_job.py --input DOCS.jsonl --output DIR [--zhtext PATH]
    zhtext corpus import CORPUS DIR/part-*

Ships the zhtext binary (found on PATH, or --zhtext) and its dictionaries (the ZhText_ZhTextData.resources folder
next to the binary, or $ZHTEXT_DICTIONARIES, or --dictionaries) to the executors as one archive, pipes each
partition of the JSONL input through `zhtext analyze --input jsonl --format jsonl --full --jobs 1`, and writes the
records to DIR/part-* in input order. Every document is analysed on its own, so the records equal what
`zhtext corpus add CORPUS --jsonl DOCS.jsonl` would store (the `file` field names DOCS.jsonl and the line, as
there). A task that fails is retried by Spark; importing a part twice stores its documents once.

With --trend TREND_DIR, Spark SQL also turns the records into a trend table (period, term, count) written as CSV,
without a store: counts of the given --term strings in each document's normalized text (as `zhtext trend --term`
counts), or, without --term, every Han or Latin word of two or more characters, policy phrases counted whole.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import threading

ARCHIVE_NAME = "zhtext-runtime"
BUNDLE_NAME = "ZhText_ZhTextData.resources"


def find_binary(given):
    path = given or shutil.which("zhtext")
    if not path:
        sys.exit("zhtext_job.py: no zhtext on PATH; give --zhtext PATH")
    path = os.path.realpath(path)
    if not (os.path.isfile(path) and os.access(path, os.X_OK)):
        sys.exit(f"zhtext_job.py: {path}: not an executable file")
    return path


def find_dictionaries(given, binary):
    for candidate in (given, os.environ.get("ZHTEXT_DICTIONARIES"), os.path.join(os.path.dirname(binary), BUNDLE_NAME)):
        if candidate and os.path.isfile(os.path.join(candidate, "encoding", "frequent-han.txt")):
            return os.path.realpath(candidate)
    sys.exit(f"zhtext_job.py: no dictionaries next to {binary} ({BUNDLE_NAME}) nor in $ZHTEXT_DICTIONARIES; "
             "give --dictionaries DIR")


def make_archive(binary, dictionaries, folder):
    """bin/zhtext and dictionaries/ in one .tar.gz that Spark unpacks on every executor."""
    path = os.path.join(folder, ARCHIVE_NAME + ".tar.gz")
    with tarfile.open(path, "w:gz") as tar:
        tar.add(binary, arcname="bin/zhtext")
        tar.add(dictionaries, arcname="dictionaries")
    return path


def analyse_partition(index, lines, name, offsets, options):
    """Runs one partition through the filter; yields its records in order. A non-zero exit fails the task."""
    from pyspark import SparkFiles
    root = SparkFiles.get(ARCHIVE_NAME + ".tar.gz")
    if not os.path.isdir(root):  # addArchive unpacks into a folder of the archive's name
        root = SparkFiles.get(ARCHIVE_NAME)
    binary = os.path.join(root, "bin", "zhtext")
    env = dict(os.environ)
    env["ZHTEXT_DICTIONARIES"] = os.path.join(root, "dictionaries")
    # Compiled lexicons are cached between the partitions an executor runs.
    env["XDG_CACHE_HOME"] = os.path.join(SparkFiles.getRootDirectory(), "zhtext-cache")
    command = [binary, "analyze", "--input", "jsonl", "--format", "jsonl", "--full", "--jobs", "1",
               "--name", name, "--first-line", str(offsets[index] + 1)] + options
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    errors = []

    def feed():
        try:
            for line in lines:
                process.stdin.write(line.encode("utf-8") + b"\n")
        except BrokenPipeError:
            pass
        finally:
            try:
                process.stdin.close()
            except BrokenPipeError:
                pass

    def drain():
        for line in process.stderr:
            text = line.decode("utf-8", "replace").rstrip("\n")
            errors.append(text)
            print(text, file=sys.stderr)

    writer = threading.Thread(target=feed, daemon=True)
    reader = threading.Thread(target=drain, daemon=True)
    writer.start()
    reader.start()
    for line in process.stdout:
        yield line.decode("utf-8").rstrip("\n")
    writer.join()
    reader.join()
    status = process.wait()
    if status != 0:
        raise RuntimeError(f"zhtext exited {status} on partition {index} of {name}: " + " | ".join(errors[-5:]))


TOKEN_COUNTS = """
WITH docs AS (
  SELECT id, {period} AS period, tokens, phrases FROM records WHERE error IS NULL AND date IS NOT NULL
),
tokens AS (
  SELECT id, period, t.term AS term, SUM(t.count) AS count
  FROM docs LATERAL VIEW explode(tokens) x AS t
  WHERE t.kind IN ('han', 'latin') AND char_length(t.term) >= 2
  GROUP BY id, period, t.term
),
phrases AS (
  SELECT id, period, p.phrase AS term, p.count AS count FROM docs LATERAL VIEW explode(phrases) x AS p
),
counted AS (
  -- a policy phrase counts whole, in place of the word of the same string
  SELECT coalesce(p.id, t.id) AS id, coalesce(p.period, t.period) AS period, coalesce(p.term, t.term) AS term,
         coalesce(p.count, t.count) AS count
  FROM tokens t FULL OUTER JOIN phrases p ON p.id = t.id AND p.term = t.term
)
SELECT period, term, CAST(SUM(count) AS BIGINT) AS count FROM counted GROUP BY period, term
"""

TERM_COUNTS = """
WITH docs AS (
  SELECT {period} AS period, text FROM records WHERE error IS NULL AND date IS NOT NULL
)
SELECT period, term,
       CAST(SUM((char_length(text) - char_length(replace(text, term, ''))) DIV char_length(term)) AS BIGINT) AS count
FROM docs CROSS JOIN wanted GROUP BY period, term
"""

PERIODS = {
    "year": "substr(date, 1, 4)",
    "month": "substr(date, 1, 7)",
    "day": "substr(date, 1, 10)",
}


def trend_table(spark, output, by, terms):
    """(period, term, count) from the records, with Spark SQL only."""
    from pyspark.sql.types import ArrayType, LongType, MapType, StringType, StructField, StructType
    token = StructType([StructField("term", StringType()), StructField("kind", StringType()),
                        StructField("pos", StringType()), StructField("count", LongType())])
    phrase = StructType([StructField("phrase", StringType()), StructField("count", LongType())])
    schema = StructType([StructField("id", StringType()), StructField("date", StringType()),
                         StructField("fields", MapType(StringType(), StringType())), StructField("text", StringType()),
                         StructField("tokens", ArrayType(token)), StructField("phrases", ArrayType(phrase)),
                         StructField("line", LongType()), StructField("error", StringType())])
    spark.read.schema(schema).json(output).createOrReplaceTempView("records")
    if terms:
        spark.createDataFrame([(t,) for t in terms], "term string").createOrReplaceTempView("wanted")
        sql = TERM_COUNTS.format(period=PERIODS[by])
    else:
        sql = TOKEN_COUNTS.format(period=PERIODS[by])
    return spark.sql(sql).orderBy("period", "term")


def main(argv=None):
    parser = argparse.ArgumentParser(description="Analyse JSONL documents with zhtext on a Spark cluster.")
    parser.add_argument("--input", required=True, help="JSONL documents, one per line (a path Spark can read)")
    parser.add_argument("--output", required=True, help="folder for the records (DIR/part-*); must not exist")
    parser.add_argument("--zhtext", help="the zhtext binary to ship (default: the one on PATH)")
    parser.add_argument("--dictionaries", help="its dictionaries (default: next to the binary, or $ZHTEXT_DICTIONARIES)")
    parser.add_argument("--partitions", type=int, default=0, help="minimum number of input partitions")
    parser.add_argument("--text-field", help="the field holding the text (default: text, content or body)")
    parser.add_argument("--date-field", help="the field holding the date (default: date, published or time)")
    parser.add_argument("--id-field", help="the field holding the identity (default: id when present)")
    parser.add_argument("--strict", action="store_true", help="fail the job on a line that gives no document")
    parser.add_argument("--trend", metavar="TREND_DIR", help="also write a trend table (period, term, count) as CSV")
    parser.add_argument("--by", choices=sorted(PERIODS), default="year", help="trend period (default: year)")
    parser.add_argument("--term", action="append", default=[], help="trend: count this string (repeatable)")
    args = parser.parse_args(argv)

    binary = find_binary(args.zhtext)
    dictionaries = find_dictionaries(args.dictionaries, binary)
    options = []
    for flag, value in (("--text-field", args.text_field), ("--date-field", args.date_field), ("--id-field", args.id_field)):
        if value:
            options += [flag, value]
    if args.strict:
        options.append("--strict")

    from pyspark.sql import SparkSession
    spark = SparkSession.builder.appName("zhtext").getOrCreate()
    sc = spark.sparkContext
    with tempfile.TemporaryDirectory() as folder:
        sc.addArchive(make_archive(binary, dictionaries, folder))
        lines = sc.textFile(args.input, args.partitions) if args.partitions else sc.textFile(args.input)
        # Each partition's first line number, so that `file` reads DOCS.jsonl:LINE as `corpus add --jsonl` writes it.
        sizes = lines.mapPartitions(lambda part: [sum(1 for _ in part)]).collect()
        offsets = [sum(sizes[:i]) for i in range(len(sizes))]
        name = args.input
        records = lines.mapPartitionsWithIndex(lambda i, part: analyse_partition(i, part, name, offsets, options))
        records.saveAsTextFile(args.output)
        if args.trend:
            table = trend_table(spark, args.output, args.by, args.term)
            table.coalesce(1).write.option("header", True).csv(args.trend)
    spark.stop()


if __name__ == "__main__":
    main()
