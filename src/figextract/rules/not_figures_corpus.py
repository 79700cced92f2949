"""Examples for rules/not_figures.py: numbers that are never figures, alone and in the
sentences where they stand beside real figures."""

from __future__ import annotations

from .corpus import (
    Example,
    count,
    in_context,
    money,
    not_figures,
    percent,
    quantity,
)

CORPUS: list[Example] = [
    # dates, years, times
    *not_figures("2021-01-28", "Jan. 28, 2021", "September 19", "19 September 2021",
                 "March 2022", "in 2020", "since 2015", "by 2025",
                 "1/28/2021", "28.01.2021", "the 1990s", "2020-21", "2019-2020", "10:30",
                 "10:30 am", "3 pm", "10 a.m.", "fiscal 2022", "1995-01"),
    # phone numbers, registration and ID numbers
    *not_figures("call 8610 11185", "Call 11183.", "dial 95580 for details",
                 "call us on 400-820-8888", "Postal Business: 8610 11185", "Tel: +86 10 6858 1234",
                 "Hotline: 11183", "EMS: 11183", "+1-222-2222-2222", "(010) 6858-1234",
                 "京ICP备15035540号", "No. 5", "Room 1203", "Section 3", "Article 12",
                 "page 7", "P.O. Box 1234", "#12"),
    # ordinals, names, models, versions
    *not_figures("the fourth festival", "19th", "the 19th National Congress", "21st century",
                 "COVID-19", "G20", "Group 7", "5G", "3D printing", "A4 paper", "Su-27",
                 "Windows 10", "iPhone 14", "version 2.0.1", "v3.2.1", "Boeing 737",
                 "Long March 5", "Chang'e 5", "Shenzhou 12", "the 14th Five-Year Plan",
                 "Fortune Global 500"),
    # web addresses and mail
    *not_figures("www.chinapost.com.cn/html1/report/2021/0128.html",
                 "https://www.example.com/search?q=30%25%2020%", "info2021@chinapost.com.cn"),
    # not-figures beside figures
    *in_context("| China Post News |2021-01-28 On January 28, sales reached [1.3 million yuan].",
                money("1300000", "CNY")),
    *in_context("In 2020, [875] local malls opened in [31] provinces.",
                count("875", noun="local malls"), count("31", noun="provinces")),
    *in_context("The 2021 festival, the fourth, drew [12,000] visitors.",
                count("12000", noun="visitors")),
    *in_context("Postal Business: 8610 11185. Sales rose [12%] in 2021.", percent("12")),
    *in_context("Call 11183 to send [2 kilograms] for [12 yuan].",
                quantity("2", "kilogram"),
                money("12", "CNY")),
    *in_context("COVID-19 cut volume by [3%] in the G20.", percent("3")),
    *in_context("The [1,000-5,000] range", count("1000", high="5000")),
    *not_figures("the 2021 graduates", "the 2021 Stamps", "its 2022 annual report",
                 "2022 Winter Olympics", "24/7 service", "a 50/50 split", "a 1:2 ratio",
                 "won 3:1"),
    *in_context("[1990] households", count("1990", noun="households")),
    # found by the user test: opening hours after a hotline, codes, quarters of a year
    *not_figures("Investor hotline: 400-600-1234 (9:00-17:00)", "call 95580 (8:00-20:00)",
                 "Stock code 601298", "stock code: 601298", "extension 208", "ext. 208",
                 "Its Q3 2023 results", "in H1 2024 sales"),
    *in_context("a code of [5] rules", count("5", noun="rules")),
]
