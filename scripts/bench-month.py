"""Writes a generated month for the assembly benchmark: a profile and an outline with N departments,
each sending a YAML submission with figures, a task tally and a narrative, for period 2023-05.
With --provinces P it is a national roll-up instead: P provinces of N submissions each (P x N in
all), one subsection per province holding its N departments' parts, in one report.
Usage: bench-month.py OUT_DIR N [--provinces P]
       (writes OUT_DIR/Config/{profile,outline}.yaml and OUT_DIR/inbox/2023-05/)"""
import pathlib
import sys

out = pathlib.Path(sys.argv[1])
per_group = int(sys.argv[2])
provinces = int(sys.argv[4]) if len(sys.argv) > 4 and sys.argv[3] == "--provinces" else None
count = per_group * (provinces or 1)
config = out / "Config"
inbox = out / "inbox" / "2023-05"
config.mkdir(parents=True, exist_ok=True)
inbox.mkdir(parents=True, exist_ok=True)

departments = [f"d{i:02d}" for i in range(1, count + 1)]
# The numbered title of department i's subsection: "i." in a province month, "p.k." in a roll-up.
number = (lambda i: f"{i}.") if provinces is None else (lambda i: f"{(i - 1) // per_group + 1}.{(i - 1) % per_group + 1}.")
profile = ["parent_body: UBND TỈNH CAO BẰNG", "issuing_body: VĂN PHÒNG", "place: Cao Bằng", "number_symbol: BC-VP",
           "departments:"]
for i, dep in enumerate(departments, 1):
    profile += [f"  - id: {dep}", f"    name: Sở số {i} của tỉnh Cao Bằng", f"    short_name: Sở số {i}"]
profile += ["signers:", "  chanh-van-phong:", "    lines: [CHÁNH VĂN PHÒNG]", "    name: Trịnh Sỹ Tài",
            "distribution:", "  bao-cao-thang:", "    recipients: [Chủ tịch, các PCT UBND tỉnh, Các sở, ban, ngành]",
            "    archive: VT, TH(Nh)", "calendar:", "  cutoff_start_day: 15", "  default_period: 2023-05"]
(config / "profile.yaml").write_text("\n".join(profile) + "\n", encoding="utf-8")

outline = ["document_type: BÁO CÁO",
           "subject: Công tác chỉ đạo điều hành tháng {{ky.thang}} năm {{ky.nam}} (số liệu thử nghiệm)",
           "signer: chanh-van-phong", "distribution: bao-cao-thang", "sections:",
           '  - number: "I."', "    title: Kết quả thực hiện của các sở, ngành", "    subsections:"]
indent = "      " if provinces is None else "          "


def department_section(i, dep):
    return [f'{indent}- number: "{number(i)}"', f"{indent}  title: Kết quả thực hiện nhiệm vụ của Sở số {i}",
            f"{indent}  department: {dep}", f"{indent}  parts:", f"{indent}    - narrative: tinh-hinh",
            f"{indent}    - template: >-",
            f"{indent}        Trong tháng {{{{ky.thang}}}}, đơn vị đã giao {{{{{dep}.nv.assigned}}}} nhiệm vụ, có "
            f"{{{{{dep}.nv.completed}}}} nhiệm vụ đã hoàn thành ({{{{{dep}.nv.completed_share}}}}); giá trị thực hiện "
            f"ước đạt {{{{{dep}.gia_tri}}}}, {{{{phrase({dep}.ke_hoach)}}}}."]


for i, dep in enumerate(departments, 1):
    if provinces is not None and (i - 1) % per_group == 0:
        province = (i - 1) // per_group + 1
        outline += [f'      - number: "{province}."', f"        title: Tỉnh số {province}", "        subsections:"]
    outline += department_section(i, dep)
(config / "outline.yaml").write_text("\n".join(outline) + "\n", encoding="utf-8")

paragraph = ("Trong tháng, đơn vị đã tập trung chỉ đạo, triển khai đồng bộ các nhiệm vụ, giải pháp phát triển "
             "kinh tế - xã hội; tăng cường kiểm tra, đôn đốc, tháo gỡ khó khăn, vướng mắc cho người dân, doanh "
             "nghiệp; bảo đảm quốc phòng, an ninh và trật tự an toàn xã hội trên địa bàn. ")
for i, dep in enumerate(departments, 1):
    assigned = 40 + i
    done = 25 + i // 2
    progress = assigned - done - 3
    text = f"""department: {dep}
period: 2023-05
figures:
  gia_tri: {{label: "Giá trị thực hiện", kind: amount, value: "{i * 13},{i:03d}", unit: tỷ đồng}}
  ke_hoach: {{label: "Giá trị thực hiện so với kế hoạch", kind: plan, value: "{50 + i % 40},5"}}
  nv: {{label: "Nhiệm vụ được giao trong tháng", kind: tasks, assigned: {assigned}, completed: {done}, in_progress: {progress}, overdue: 3}}
narrative:
  tinh-hinh: >-
    {paragraph * 4}
"""
    (inbox / f"{dep}.yaml").write_text(text, encoding="utf-8")
