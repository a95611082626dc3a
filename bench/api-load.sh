#!/usr/bin/env bash
# The partner API under load: starts the demo shop with the README's command (./mvnw -Pdemo package ...), on ports of
# its own and a fresh data folder under /tmp, and runs wrk against it:
#   - GET  /api/loyalty/v1/members/{id}        64 connections, 30 s  (target >= 1,500/s, p99 < 50 ms, 0 errors)
#   - POST /api/loyalty/v1/members/{id}/earn   16 and 64 connections, 30 s each, each request with a key of its own
#                                               (target 0 errors)
# once per database and per JVM settings (the demo's quick-start flags of demo-site/pom.xml, and the production
# settings below), each after a warm-up of the same requests, then prints a summary table.
#
#   bench/api-load.sh                                 # hsqldb and postgres, quick-start and production
#   API_LOAD_DBS=hsqldb API_LOAD_SETTINGS=production bench/api-load.sh
#
# Options (environment): API_LOAD_DBS ("hsqldb postgres"), API_LOAD_SETTINGS ("quick-start production"),
# API_LOAD_DURATION (30s), API_LOAD_WARMUP (20s), API_LOAD_PORT (28080; the admin gets +1, HSQLDB 29137),
# API_LOAD_THREADS (wrk threads, 2), API_LOAD_REQUESTS ("get earn": which loads to run), API_LOAD_JVM_OPTIONS (more
# JVM flags for the shop, after the settings' own), API_LOAD_OFFLINE (1: Maven with -o), API_LOAD_PROFILE (1: after
# the measured runs, one more GET run of the same length under a flight recording, written to
# /tmp/loyalty-api-load/get-DB-SETTINGS.jfr; it is not in the table), API_LOAD_MEMBERS (2: the earns and GETs go to
# the demo's Alice and Carol; more: the script first registers that many more shoppers in the storefront, through its
# registration form, and enrols each through the API, so that the earns spread over them). Needs wrk (Debian's package) and, for postgres, the local PostgreSQL server
# (its database loyalty_api_load is dropped and made anew for each run). Results: /tmp/loyalty-api-load/.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

dbs=${API_LOAD_DBS:-"hsqldb postgres"}
settings_list=${API_LOAD_SETTINGS:-"quick-start production"}
duration=${API_LOAD_DURATION:-30s}
warmup=${API_LOAD_WARMUP:-20s}
site_port=${API_LOAD_PORT:-28080}
admin_port=$((site_port + 1))
hsqldb_port=${API_LOAD_HSQLDB_PORT:-29137}
threads=${API_LOAD_THREADS:-2}
requests=${API_LOAD_REQUESTS:-"get earn"}
jvm_options=${API_LOAD_JVM_OPTIONS:-}
offline=${API_LOAD_OFFLINE:-0}
profile=${API_LOAD_PROFILE:-0}
member_count=${API_LOAD_MEMBERS:-2}
out=/tmp/loyalty-api-load
api_key=lck_demo-local-only-MapleClubPartnerKey2026
base=http://127.0.0.1:$site_port/api/loyalty/v1

# What the shop needs on JDK 17 whatever the settings (as in demo-site/pom.xml's demo.jvm.flags).
opens="--add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/java.util=ALL-UNNAMED"
# A merchant's production settings: a fixed 2 GB heap, G1 (the JDK's default collector on a server), and the
# JIT's full tiered compilation (C2), which the quick-start flags stop at level 1 to start sooner.
production_flags="$opens -Xms2g -Xmx2g -XX:+UseG1GC"

mkdir -p "$out"
summary=$out/summary.txt
: > "$summary"
shop_pid=

stop_shop() {
    if [ -n "$shop_pid" ] && kill -0 "$shop_pid" 2>/dev/null; then
        # The whole process group of the Maven run (Maven, the shop's JVM, the admin's), with SIGTERM: a job started
        # in the background of a script ignores SIGINT. The shop's shutdown hook stops the admin and the database.
        kill -TERM -- "-$shop_pid" 2>/dev/null || true
        for _ in $(seq 1 60); do
            kill -0 -- "-$shop_pid" 2>/dev/null || break
            sleep 1
        done
        kill -KILL -- "-$shop_pid" 2>/dev/null || true
    fi
    shop_pid=
}
trap stop_shop EXIT

start_shop() { # db settings
    local db=$1 settings=$2
    local data=$out/data-$db-$settings log=$out/shop-$db-$settings.log
    rm -rf "$data"
    local options=(-B -q -Pdemo package -Ddemo.site.port=$site_port -Ddemo.admin.port=$admin_port
        -Ddemo.hsqldb.port=$hsqldb_port -Ddemo.data.dir=$data)
    if [ "$db" = postgres ]; then
        psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS loyalty_api_load" postgres
        options+=(-Ddemo.db=postgres -Ddemo.jdbc.url=jdbc:postgresql://127.0.0.1:5432/loyalty_api_load)
    fi
    if [ "$offline" = 1 ]; then
        options+=(-o)
    fi
    if [ "$settings" = production ]; then
        options+=("-Ddemo.jvm.flags=$production_flags $jvm_options")
    elif [ -n "$jvm_options" ]; then
        options+=("-Ddemo.jvm.flags=$(sed -n 's:.*<demo.jvm.flags>\(.*\)</demo.jvm.flags>.*:\1:p' demo-site/pom.xml) $jvm_options")
    fi
    echo "== $db, $settings: ./mvnw ${options[*]}"
    setsid ./mvnw "${options[@]}" > "$log" 2>&1 &
    shop_pid=$!
    local started=$SECONDS
    until curl -sf -o /dev/null -H "X-Api-Key: $api_key" "$base/members?email=alice@example.com"; do
        if ! kill -0 "$shop_pid" 2>/dev/null; then
            echo "The demo shop stopped; see $log" >&2
            exit 1
        fi
        if [ $((SECONDS - started)) -gt 900 ]; then
            echo "The demo shop did not answer within 15 minutes; see $log" >&2
            exit 1
        fi
        sleep 2
    done
    echo "   answering after $((SECONDS - started)) s (build included)"
}

customer_id() { # email
    curl -sf -H "X-Api-Key: $api_key" "$base/members?email=$1" | sed -n 's/.*"customerId": *\([0-9]*\).*/\1/p'
}

# More members for the earns (API_LOAD_MEMBERS above 2): shoppers registered in the storefront as a shopper registers
# (its form, with its CSRF token), each enrolled through the API with the club's current terms.
enrol_shoppers() { # count
    local count=$1 site=http://127.0.0.1:$site_port jar terms= email id token i
    jar=$(mktemp)
    for i in $(seq 1 "$count"); do
        email="load-$run-$i@example.com"
        rm -f "$jar"
        token=$(curl -sf -c "$jar" -b "$jar" "$site/register" | sed -n 's/.*name="csrfToken" value="\([^"]*\)".*/\1/p' | head -1)
        curl -sf -o /dev/null -c "$jar" -b "$jar" --data-urlencode "csrfToken=$token" \
            --data-urlencode "customer.firstName=Load" --data-urlencode "customer.lastName=Tester" \
            --data-urlencode "customer.emailAddress=$email" --data-urlencode "password=secret12" \
            --data-urlencode "passwordConfirm=secret12" "$site/register" \
            || { echo "Registering $email failed" >&2; exit 1; }
        if [ -z "$terms" ]; then # the club's page, signed in, shows the current terms version
            terms=$(curl -sf -c "$jar" -b "$jar" "$site/loyalty" | sed -n 's/.*name="termsVersion" value="\([^"]*\)".*/\1/p' | head -1)
        fi
        id=$(customer_id "$email")
        curl -sf -o /dev/null -X POST -H "X-Api-Key: $api_key" -H "Idempotency-Key: join-$run-$i" \
            -H "Content-Type: application/json" --data "{\"acceptTerms\": true, \"termsVersion\": \"$terms\"}" \
            "$base/members/$id/enrolment" \
            || { echo "Enrolling $email (customer '$id', terms '$terms') failed" >&2; exit 1; }
        members="$members,$id"
    done
    rm -f "$jar"
}

load() { # label connections script duration
    local label=$1 connections=$2 script=$3 time=$4
    local result
    result=$(BENCH_WRK="$root/bench/wrk" API_KEY=$api_key MEMBER_IDS=$members RUN_ID="$run-$label-$connections" \
        wrk -t"$threads" -c"$connections" -d"$time" --timeout 10s -s "$root/bench/wrk/$script" "$base/")
    echo "$result" >> "$out/wrk-$db-$settings.log"
    echo "$result" | grep '^WRK-RESULT' | sed 's/^WRK-RESULT //'
}

field() { # name line
    echo "$2" | tr ' ' '\n' | sed -n "s/^$1=//p"
}

row() { # test connections result
    local r=$3
    local errors=$(( $(field non2xx "$r") + $(field connect "$r") + $(field read "$r") + $(field write "$r") + $(field timeout "$r") ))
    # The machine's load average at the end of the run: what else wanted the cores meanwhile.
    printf "| %s | %s | %s | %s | %.0f | %s | %s | %s | %s |\n" "$db" "$settings" "$1" "$2" \
        "$(field rps "$r")" "$(field p50_ms "$r")" "$(field p99_ms "$r")" "$errors" \
        "$(cut -d' ' -f1 /proc/loadavg)" >> "$summary"
}

run=$(date +%s)
for db in $dbs; do
    for settings in $settings_list; do
        : > "$out/wrk-$db-$settings.log"
        start_shop "$db" "$settings"
        members="$(customer_id alice@example.com),$(customer_id carol@example.com)"
        if [ "$member_count" -gt 2 ]; then
            echo "   registering and enrolling $((member_count - 2)) more shoppers"
            enrol_shoppers $((member_count - 2))
        fi
        echo "   members ${members:0:60}... ($(echo "$members" | tr "," "\n" | wc -l)); warm-up $warmup each"
        if [[ " $requests " == *" get "* ]]; then
            load warmup-get 16 member.lua "$warmup" > /dev/null
        fi
        if [[ " $requests " == *" earn "* ]]; then
            load warmup-earn 16 earn.lua "$warmup" > /dev/null
        fi
        if [[ " $requests " == *" get "* ]]; then
            echo "   GET member, 64 connections, $duration"
            r=$(load get 64 member.lua "$duration" | tail -1); echo "   $r"
            row "GET /members/{id}" 64 "$r"
        fi
        if [[ " $requests " == *" earn "* ]]; then
            echo "   POST earn, 16 connections, $duration"
            r=$(load earn 16 earn.lua "$duration" | tail -1); echo "   $r"
            row "POST /members/{id}/earn, own keys" 16 "$r"
            echo "   POST earn, 64 connections, $duration"
            r=$(load earn 64 earn.lua "$duration" | tail -1); echo "   $r"
            row "POST /members/{id}/earn, own keys" 64 "$r"
        fi
        if [ "$profile" = 1 ]; then
            local_jfr=$out/get-$db-$settings.jfr
            shop_jvm=$(pgrep -f -- "-Ddemo.data.dir=$out/data-$db-$settings .*io.loyaltyclub.demo.DemoShop" | head -1)
            echo "   flight recording of a GET run (shop JVM $shop_jvm): $local_jfr"
            jcmd "$shop_jvm" JFR.start name=api-load settings=profile > /dev/null
            load profile-get 64 member.lua "$duration" > /dev/null
            jcmd "$shop_jvm" JFR.dump name=api-load filename="$local_jfr" > /dev/null
            jcmd "$shop_jvm" JFR.stop name=api-load > /dev/null
        fi
        stop_shop
    done
done

echo
echo "The partner API under load (wrk -t$threads, $duration per line after a warm-up of $warmup; errors: non-2xx answers, socket errors and timeouts)"
echo "| database | JVM | request | connections | requests/s | p50 ms | p99 ms | errors | load average |"
echo "|---|---|---|---|---|---|---|---|---|"
cat "$summary"
echo
echo "quick-start: demo-site/pom.xml's demo.jvm.flags; production: $production_flags"
