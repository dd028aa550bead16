"""The client of scripts/bench-intake: every department signs in, then all upload their file at
once, round after round, while office clients read the board (GET /status) at the same time;
prints latency percentiles of both, lost uploads, the server's CPU time and peak memory, the load
average, and the floor: the same uploads sent the same way without a token (401 at once), which is
what this client and the loopback cost on the machine as loaded as it is.
Usage: bench-intake.py BASE_URL ACCOUNTS.jsonl INBOX_DIR ROUNDS SERVER_PID"""
import json
import os
import pathlib
import statistics
import sys
import threading
import time

import requests

base, accounts_file, inbox, rounds, pid = sys.argv[1], sys.argv[2], pathlib.Path(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
accounts = [json.loads(line) for line in open(accounts_file, encoding="utf-8")]
office, departments = accounts[-1], accounts[:-1]

for _ in range(300):  # wait (at most 30 s) for the server
    try:
        requests.get(base + "/dang-nhap", timeout=1)
        break
    except requests.ConnectionError:
        time.sleep(0.1)


def token(account):
    """Signs in; an account fresh from `users add` first replaces its issued password, as it must."""
    answer = requests.post(base + "/api/v1/login", json={"login": account["login"], "password": account["password"]}, timeout=30)
    answer.raise_for_status()
    headers = {"Authorization": "Bearer " + answer.json()["token"]}
    if answer.json().get("must_change_password"):
        chosen = account["password"] + "-rieng"
        requests.post(base + "/api/v1/password", json={"current": account["password"], "new": chosen},
                      headers=headers, timeout=30).raise_for_status()
        account["password"] = chosen
    return headers


tokens = [token(account) for account in departments]
office_headers = token(office)
BOARD_CLIENTS, BOARD_READS = 5, 4  # per round: 5 office clients read the board 4 times each
latencies, board_latencies, acknowledged, failures = [], [], [], []
lock = threading.Lock()


def read_board(barrier):
    barrier.wait()
    for _ in range(BOARD_READS):
        start = time.perf_counter()
        answer = requests.get(f"{base}/api/v1/periods/2023-05/status", headers=office_headers, timeout=60)
        elapsed = time.perf_counter() - start
        with lock:
            board_latencies.append(elapsed * 1000)
            if answer.status_code != 200:
                failures.append(("board", answer.status_code, answer.text[:200]))


def upload(index, round_number, barrier):
    name = departments[index]["login"] + ".yaml"
    data = (inbox / name).read_bytes() + f"# round {round_number}\n".encode()
    barrier.wait()
    start = time.perf_counter()
    answer = requests.post(f"{base}/api/v1/periods/2023-05/submissions", headers=tokens[index],
                           files={"file": (name, data)}, timeout=60)
    elapsed = time.perf_counter() - start
    with lock:
        latencies.append(elapsed * 1000)
        if answer.status_code == 201:
            acknowledged.append((answer.json()["id"], answer.json()["sha256"]))
        else:
            failures.append((name, answer.status_code, answer.text[:200]))


def refused_upload(index, barrier):
    name = departments[index]["login"] + ".yaml"
    data = (inbox / name).read_bytes()
    barrier.wait()
    start = time.perf_counter()
    answer = requests.post(f"{base}/api/v1/periods/2023-05/submissions", files={"file": (name, data)}, timeout=60)
    elapsed = time.perf_counter() - start
    with lock:
        floor_latencies.append(elapsed * 1000)
        if answer.status_code != 401:
            failures.append(("floor", answer.status_code, answer.text[:200]))


def server_cpu_seconds():
    fields = open(f"/proc/{pid}/stat", encoding="utf-8").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


floor_latencies = []
for round_number in range(rounds):
    barrier = threading.Barrier(len(departments))
    threads = [threading.Thread(target=refused_upload, args=(i, barrier)) for i in range(len(departments))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

load_before, cpu_before = os.getloadavg(), server_cpu_seconds()
for round_number in range(rounds):
    barrier = threading.Barrier(len(departments) + BOARD_CLIENTS)
    threads = [threading.Thread(target=upload, args=(i, round_number, barrier)) for i in range(len(departments))]
    threads += [threading.Thread(target=read_board, args=(barrier,)) for _ in range(BOARD_CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

cpu = server_cpu_seconds() - cpu_before
load_after = os.getloadavg()
listing = requests.get(base + "/api/v1/periods/2023-05/submissions", headers=office_headers, timeout=60).json()["submissions"]
stored = {row["id"]: row["sha256"] for row in listing}
lost = [ack for ack in acknowledged if stored.get(ack[0]) != ack[1]]
peak = "?"
for line in open(f"/proc/{pid}/status", encoding="utf-8"):
    if line.startswith("VmHWM:"):
        peak = line.split(":")[1].strip()


def percentiles(values):
    ordered = sorted(values)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return f"p50 {statistics.median(ordered):.1f} ms, p99 {p99:.1f} ms, max {ordered[-1]:.1f} ms"


print(f"uploads: {len(latencies)} ({len(departments)} departments x {rounds} rounds), acknowledged: {len(acknowledged)}, "
      f"refused: {len(failures)}, lost: {len(lost)}")
print(f"upload-and-validate latency: {percentiles(latencies)}")
print(f"board (GET /status) latency, {BOARD_CLIENTS} office clients during the uploads, {len(board_latencies)} reads: "
      f"{percentiles(board_latencies)}")
print(f"floor (the same uploads without a token, 401): {percentiles(floor_latencies)}")
print(f"server CPU time during the rounds (uploads and board reads): {cpu:.2f} s, {cpu * 1000 / max(1, len(latencies)):.1f} ms per upload")
print(f"server peak resident memory (VmHWM): {peak}")
print("load average (1, 5, 15 min) before the rounds: {:.2f} {:.2f} {:.2f}, after: {:.2f} {:.2f} {:.2f} ({} cores)".format(
    *load_before, *load_after, os.cpu_count()))
for failure in failures[:5]:
    print("refused:", failure, file=sys.stderr)
sys.exit(1 if lost or failures else 0)
