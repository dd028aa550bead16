"""The client of scripts/bench-intake: every department signs in, then all upload their file at
once, round after round, while office clients read the board (GET /status) at the same time.
The timed requests are sent by curl (one process a round for the uploads, all transfers at once;
one a board reader), whose own cost is small beside the server's, and timed by it (time_total:
connect to last byte received); Python only signs in, prepares and checks. It
prints latency percentiles of both, lost uploads, the server's CPU time and peak memory, the load
average, and the floor: the same uploads sent the same way without a token (401 at once), which is
what this client and the loopback cost on the machine as loaded as it is.
Usage: bench-intake.py BASE_URL ACCOUNTS.jsonl INBOX_DIR ROUNDS SERVER_PID"""
import atexit
import json
import os
import pathlib
import shutil
import statistics
import sys
import subprocess
import tempfile
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
# The client's own files (each upload's copy, curl's configs and answers) go into memory when the
# machine has /dev/shm, so that creating them does not load the disk and the file system the
# server's data folder is on.
work = pathlib.Path(tempfile.mkdtemp(prefix="baocao-bench-client.", dir="/dev/shm" if os.path.isdir("/dev/shm") else inbox.parent.parent))
atexit.register(shutil.rmtree, work, ignore_errors=True)


def quoted(text):
    """A value for a curl config file."""
    return '"' + str(text).replace("\\", "\\\\").replace('"', '\\"') + '"'


def upload_config(round_number, signed_in):
    """One curl config of every department's upload in this round (each its own transfer): with the
    department's token, or none (the floor). Each file gets a line of its round, so that no two
    uploads are the same bytes."""
    lines = []
    for index, account in enumerate(departments):
        name = account["login"] + ".yaml"
        path = work / f"{round_number}-{name}"
        path.write_bytes((inbox / name).read_bytes() + f"# round {round_number}\n".encode())
        if lines:
            lines.append("next")
        lines += [f"url = {quoted(base + '/api/v1/periods/2023-05/submissions')}",
                  f"form = {quoted(f'file=@{path};filename={name}')}",
                  f"output = {quoted(work / f'{round_number}-{index}.json')}",
                  f"write-out = {quoted(f'{index} %{{http_code}} %{{time_total}}' + chr(92) + 'n')}"]
        if signed_in:
            lines.append(f"header = {quoted('Authorization: ' + tokens[index]['Authorization'])}")
    config = work / f"uploads-{round_number}-{int(signed_in)}.cfg"
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return config


board_config = work / "board.cfg"
board_config.write_text("\nnext\n".join(
    f"url = {quoted(base + '/api/v1/periods/2023-05/status')}\nheader = {quoted('Authorization: ' + office_headers['Authorization'])}\n"
    f"output = /dev/null\nwrite-out = {quoted('%{http_code} %{time_total}' + chr(92) + 'n')}"
    for _ in range(BOARD_READS)) + "\n", encoding="utf-8")


def run_round(round_number, signed_in, board):
    """Starts the round's uploads (one curl, every transfer at once) and, if `board`, the office
    clients (one curl each, reading the board BOARD_READS times one after the other) at the same
    moment; returns the upload and board lines curl wrote: (index, status, seconds)."""
    uploads = subprocess.Popen(["curl", "--silent", "--no-progress-meter", "--parallel", "--parallel-immediate", "--parallel-max", "100",
                                "--config", str(upload_config(round_number, signed_in))], stdout=subprocess.PIPE, text=True)
    readers = [subprocess.Popen(["curl", "--silent", "--config", str(board_config)], stdout=subprocess.PIPE, text=True)
               for _ in range(BOARD_CLIENTS if board else 0)]
    upload_lines = uploads.communicate()[0].split()
    board_lines = [reader.communicate()[0].split() for reader in readers]
    return ([(int(upload_lines[i]), upload_lines[i + 1], float(upload_lines[i + 2])) for i in range(0, len(upload_lines), 3)],
            [(status, float(seconds)) for lines in board_lines for status, seconds in zip(lines[0::2], lines[1::2])])


def server_cpu_seconds():
    fields = open(f"/proc/{pid}/stat", encoding="utf-8").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


latencies, board_latencies, floor_latencies, acknowledged, failures, round_maxima = [], [], [], [], [], []
for round_number in range(rounds):
    for index, status, seconds in run_round(round_number, signed_in=False, board=False)[0]:
        floor_latencies.append(seconds * 1000)
        if status != "401":
            failures.append(("floor", status))

load_before, cpu_before = os.getloadavg(), server_cpu_seconds()
for round_number in range(rounds):
    uploaded, board = run_round(round_number, signed_in=True, board=True)
    round_maxima.append(max(seconds for _, _, seconds in uploaded) * 1000)
    for index, status, seconds in uploaded:
        latencies.append(seconds * 1000)
        answer = (work / f"{round_number}-{index}.json").read_text(encoding="utf-8")
        if status == "201":
            acknowledged.append((json.loads(answer)["id"], json.loads(answer)["sha256"]))
        else:
            failures.append((departments[index]["login"], status, answer[:200]))
    for status, seconds in board:
        board_latencies.append(seconds * 1000)
        if status != "200":
            failures.append(("board", status))

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
print("slowest upload of each round: " + ", ".join(f"{maximum:.0f}" for maximum in round_maxima) + " ms")
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
