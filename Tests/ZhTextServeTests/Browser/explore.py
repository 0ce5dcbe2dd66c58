"""Drives `zhtext serve` in headless Chromium: types a term on the Trends page, waits for the chart to be drawn,
clicks a point through to the KWIC lines of that period, and takes a screenshot of every page.

Usage: explore.py BASE_URL SCREENSHOT_DIR. Exit 0 when every check holds; otherwise the failed check on stderr."""
import os
import sys

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

base, shots = sys.argv[1].rstrip("/"), sys.argv[2]
os.makedirs(shots, exist_ok=True)

options = Options()
for arg in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,1000",
            "--lang=zh-CN"]:
    options.add_argument(arg)
options.add_experimental_option("prefs", {"intl.accept_languages": "zh-CN,zh"})
options.binary_location = "/usr/bin/chromium"
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
wait = WebDriverWait(driver, 30)
console_errors = []


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def not_clipped(name):
    """Nothing wider than the window: no horizontal scrolling of the page itself (charts scroll in their box)."""
    overflow = driver.execute_script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
    check(overflow <= 1, f"{name}: the page is {overflow}px wider than the window")


def shot(name):
    not_clipped(name)
    path = os.path.join(shots, name + ".png")
    height = driver.execute_script("return Math.min(document.body.scrollHeight + 40, 4000)")
    driver.set_window_size(1280, max(height, 700))
    driver.save_screenshot(path)
    driver.set_window_size(1280, 1000)
    for entry in driver.get_log("browser") if hasattr(driver, "get_log") else []:
        if entry.get("level") == "SEVERE":
            console_errors.append(f"{name}: {entry.get('message')}")


try:
    # Trends: type a term, see the chart drawn.
    driver.get(base + "/trends")
    check("趋势" in driver.title, "the Chinese interface follows Accept-Language zh-CN: " + driver.title)
    box = wait.until(EC.presence_of_element_located((By.ID, "term")))
    box.clear()
    box.send_keys("新质生产力")
    box.send_keys(Keys.RETURN)
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#trend-chart svg.chart[data-drawn='true']")))
    check("term=%E6%96%B0%E8%B4%A8%E7%94%9F%E4%BA%A7%E5%8A%9B" in driver.current_url, "the query is in the URL: " + driver.current_url)
    points = driver.find_elements(By.CSS_SELECTOR, "#trend-chart svg a circle")
    check(len(points) >= 2, f"points drawn: {len(points)}")
    tip = driver.find_element(By.CSS_SELECTOR, "#trend-chart svg a circle title").get_attribute("textContent")
    check("新质生产力" in tip, "a point's value on hover: " + tip)
    shot("trends")
    # Click the last point: the KWIC lines of that period.
    link = driver.find_elements(By.CSS_SELECTOR, "#trend-chart svg a")[-1]
    href = link.get_attribute("href")
    driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true, view: window}))",
                          points[-1])
    wait.until(EC.presence_of_element_located((By.ID, "kwic-lines")))
    check("/kwic" in driver.current_url and "where=date" in driver.current_url, "KWIC of the period: " + driver.current_url)
    rows = driver.find_elements(By.CSS_SELECTOR, "#kwic-lines tbody tr")
    check(len(rows) >= 1, "KWIC lines after the click")
    check(all("新质生产力" in r.find_element(By.CSS_SELECTOR, "td.hit").text for r in rows), "every line shows the term")
    shot("kwic")
    # Every other page, looked at.
    for name, path in [("overview", "/"), ("keyness", "/keyness?from=2023&to=2025"), ("phrases", "/phrases"),
                       ("document", "/documents/b1?term=%E5%8F%91%E5%B1%95"), ("add", "/add"),
                       ("collocates", "/collocates?term=%E5%8F%91%E5%B1%95"), ("dispersion", "/dispersion?term=%E5%8F%91%E5%B1%95"),
                       ("overview-en", "/?lang=en")]:
        driver.get(base + path)
        wait.until(EC.presence_of_element_located((By.TAG_NAME, "main")))
        check(not driver.find_elements(By.CSS_SELECTOR, "p.error"), f"{name}: an error on the page")
        shot(name)
    driver.get(base + "/keyness?from=2023&to=2025")
    bars = driver.find_elements(By.CSS_SELECTOR, "#keyness-g2 svg a")
    check(len(bars) >= 1, "keyness bars are links")
    bars[0].find_element(By.CSS_SELECTOR, "rect").click()
    wait.until(EC.presence_of_element_located((By.ID, "kwic-total")))
    check("/kwic" in driver.current_url, "a keyness bar leads to KWIC")
    # Add a pasted text through the form (multipart from a real browser, same Origin): it appears in KWIC.
    driver.get(base + "/add")
    driver.find_element(By.NAME, "text").send_keys("浏览器粘贴的测试文本：数字中国建设整体布局规划。")
    driver.find_element(By.NAME, "date").send_keys("2025-12-01")
    driver.find_element(By.NAME, "source").send_keys("浏览器")
    driver.find_element(By.CSS_SELECTOR, "#add-form button[type=submit]").click()
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "main .stats")))
    added = driver.find_element(By.CSS_SELECTOR, "main .stats .stat b").text
    check(added == "1", "the form added one document: " + driver.find_element(By.TAG_NAME, "main").text[:300])
    shot("added")
    driver.get(base + "/kwic?term=%E6%95%B0%E5%AD%97%E4%B8%AD%E5%9B%BD")
    wait.until(EC.presence_of_element_located((By.ID, "kwic-lines")))
    check(len(driver.find_elements(By.CSS_SELECTOR, "#kwic-lines tbody tr")) == 1, "the added text is in KWIC")
    check(not console_errors, "console errors (CSP?): " + "; ".join(console_errors))
    print("ok")
finally:
    driver.quit()
