#!/usr/bin/env python3
"""Writes a figures workbook of N rows (hand-made layout: the CSV submissions' Vietnamese column
names) for scripts/bench: python3 scripts/bench-workbook.py OUT.xlsx N"""
import sys

import openpyxl

path, count = sys.argv[1], int(sys.argv[2])
book = openpyxl.Workbook()
sheet = book.active
sheet.title = "Số liệu"
sheet.append(["đơn vị", "snn"])
sheet.append(["kỳ báo cáo", "2023-05"])
sheet.append(["mã", "chỉ tiêu", "loại", "giá trị", "đơn vị tính"])
for index in range(count):
    if index % 2:
        sheet.append([f"dien_tich_{index}", f"Diện tích gieo trồng xã thứ {index}", "amount", index * 1.25 + 0.01, "ha"])
    else:
        sheet.append([f"so_ho_{index}", f"Số hộ được hỗ trợ xã thứ {index}", "count", index, None])
book.save(path)
