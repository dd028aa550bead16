"""Drives headless Chromium (Selenium + chromedriver) through the intake's pages, as a department
and as the office (each first changing the password the command line issued), and saves screenshots. Used by BaoCaoIntakeTests/BrowserTests.swift.
Usage: intake-browser.py BASE_URL DEPARTMENT_LOGIN PASSWORD OFFICE_LOGIN PASSWORD FILE SCREENSHOT_DIR
Prints one line per check; exits 1 on the first failure."""
import pathlib
import sys

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

base, department, department_password, office, office_password, upload, shots = sys.argv[1:8]
shots = pathlib.Path(shots)

options = Options()
options.binary_location = "/usr/bin/chromium"
for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1000,1200",
                 "--lang=vi", "--no-proxy-server", "--proxy-bypass-list=*"]:
    options.add_argument(argument)
browser = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
browser.set_page_load_timeout(60)


def settle(condition):
    """Waits (at most 20 s) for the page a click loads to satisfy `condition`; False when it never does."""
    try:
        WebDriverWait(browser, 20).until(lambda driver: condition())
        return True
    except Exception:
        return False


def check(condition, what):
    print(("ok: " if condition else "FAILED: ") + what)
    if not condition:
        print(browser.page_source[:3000], file=sys.stderr)
        browser.quit()
        sys.exit(1)


def sign_in(login, password):
    browser.get(base + "/dang-nhap")
    browser.find_element(By.ID, "login").send_keys(login)
    browser.find_element(By.ID, "password").send_keys(password)
    browser.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()


def sign_in_first_time(login, issued):
    """Signs in with the password the command line issued, which the service makes the user change first."""
    sign_in(login, issued)
    check(settle(lambda: "/doi-mat-khau" in browser.current_url), login + " is sent to the password page first")
    browser.get(base + "/")
    check(settle(lambda: "/doi-mat-khau" in browser.current_url), "and no other page opens before the change")
    browser.find_element(By.ID, "current").send_keys(issued)
    browser.find_element(By.ID, "new").send_keys(issued + "-rieng")
    browser.find_element(By.ID, "confirmation").send_keys(issued + "-rieng")
    browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()


try:
    sign_in_first_time(department, department_password)
    check(settle(lambda: "/don-vi" in browser.current_url), "the department lands on its page")
    browser.get(base + "/don-vi?ky=2023-05")
    check("chưa gửi" in browser.page_source, "its state is chưa gửi")
    browser.find_element(By.ID, "file").send_keys(upload)
    browser.find_element(By.CSS_SELECTOR, "form[enctype] button[type=submit]").click()
    check(settle(lambda: "Đã nhận tệp" in browser.page_source), "the upload is acknowledged on the page")
    check("gửi muộn" in browser.page_source, "the page shows the new state (late: May 2023 is long past)")
    check("Lúa xuân gieo cấy" in browser.find_element(By.ID, "xem-truoc").text, "the page previews the department's own section")
    check(browser.find_elements(By.CSS_SELECTOR, 'a[href^="/don-vi/bieu-mau"]'), "and offers its XLSX form")
    browser.save_screenshot(str(shots / "intake-department.png"))
    browser.find_element(By.CSS_SELECTOR, "header form button").click()
    check(settle(lambda: "/dang-nhap" in browser.current_url), "signing out goes back to the sign-in page")

    sign_in_first_time(office, office_password)
    check(settle(lambda: "/van-phong" in browser.current_url), "the office lands on its board")
    browser.get(base + "/van-phong?ky=2023-05")
    rows = {row.find_elements(By.TAG_NAME, "td")[0].text: row.find_elements(By.TAG_NAME, "td")[1].text
            for row in browser.find_elements(By.CSS_SELECTOR, "table tr") if row.find_elements(By.TAG_NAME, "td")}
    check(any(state == "gửi muộn" for state in rows.values()), "the office board shows the department's upload as gửi muộn")
    check(any(state == "chưa gửi" for state in rows.values()), "and the departments that have not sent as chưa gửi")
    check(browser.find_elements(By.CSS_SELECTOR, 'form[action^="/van-phong/don-doc"] button'), "the board offers the reminder letter")
    browser.save_screenshot(str(shots / "intake-office.png"))
finally:
    browser.quit()
