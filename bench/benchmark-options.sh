#!/usr/bin/env bash
# Proves that the benchmark options the README names reach the benchmarks through the README's own command
# (./mvnw -q -Pbenchmark -pl loyalty-plugin -am verify -DskipTests): runs both benchmarks small, with options that
# only those benchmarks read, and checks that each benchmark's own output says it ran with them.
# Needs the local PostgreSQL (the ledger benchmark's). About 2 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp /tmp/benchmark-options.XXXXXX.log)
./mvnw -q -Pbenchmark -pl loyalty-plugin -am verify -DskipTests \
    -Dbench.rounds=1 -Dbench.orders=7 -Dbench.pricings=9 -Dbench.warmup=2 \
    -Dbench.ledger.sizes=1000 -Dbench.ledger.postings=52 -Dbench.ledger.reads=130 -Dbench.ledger.threads=3 \
    2>&1 | tee "$log"
fail=0
expect() {
    if grep -qF -- "$1" "$log"; then
        echo "ok: $2"
    else
        echo "MISSING: $2 (expected '$1' in $log)"
        fail=1
    fi
}
expect "1 rounds per mode of 7 orders and 9 pricings" "bench.rounds, bench.orders, bench.pricings reach CheckoutBenchmark"
expect "52 postings per thread count, 130 balance reads per stage" "bench.ledger.postings, bench.ledger.reads reach LedgerBenchmark"
expect "postings/s (3 thr.)" "bench.ledger.threads reaches LedgerBenchmark"
exit $fail
