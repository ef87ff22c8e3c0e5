import { describe, expect, it } from "vitest";
import { diffRules, parseTopicForm, topicFormValues } from "./topic-schema";

function form(fields: { name?: string; description?: string; rules?: [string, string][] }): FormData {
  const data = new FormData();
  data.set("name", fields.name ?? "疫情防控");
  data.set("description", fields.description ?? "新冠肺炎疫情的防控。");
  for (const [keyword, weight] of fields.rules ?? [["疫情防控", "3"]]) {
    data.append("keyword", keyword);
    data.append("weight", weight);
  }
  return data;
}

const errorsOf = (data: FormData) => {
  const parsed = parseTopicForm(topicFormValues(data));
  if (parsed.success) throw new Error("expected errors");
  return parsed.fieldErrors;
};

const parse = (data: FormData) => {
  const parsed = parseTopicForm(topicFormValues(data));
  if (!parsed.success) throw new Error(JSON.stringify(parsed.fieldErrors));
  return parsed.data;
};

describe("parseTopicForm", () => {
  it("reads the rule rows in order, weights as numbers, text trimmed", () => {
    const parsed = parse(form({ name: " 疫情防控 ", rules: [["疫情防控", "3"], [" 核酸检测 ", "2.5"]] }));
    expect(parsed).toEqual({ name: "疫情防控", description: "新冠肺炎疫情的防控。", rules: [{ keyword: "疫情防控", weight: 3 }, { keyword: "核酸检测", weight: 2.5 }] });
  });

  it("puts each rule's error on its row, in Chinese", () => {
    const errors = errorsOf(form({ rules: [["疫情防控", "3"], ["", "2"], ["核酸", "0"], ["疫苗", "11"], ["隔离", "abc"], ["“ ”", "1"]] }));
    expect(errors).toEqual({
      "rules.1.keyword": ["关键词不能为空"],
      "rules.2.weight": ["权重应大于 0"],
      "rules.3.weight": ["权重最大为 10"],
      "rules.4.weight": ["权重应为数字"],
      "rules.5.keyword": ["关键词去掉空格和引号后不能为空"],
    });
  });

  it("refuses a keyword twice, as the scorer would see it (spaces and quotation marks ignored)", () => {
    expect(errorsOf(form({ rules: [["十四五", "3"], ["“十四 五”", "2"]] }))).toEqual({ "rules.1.keyword": ["与第 1 行的关键词重复"] });
    // …also when another row is wrong, so the editor sees every problem at once.
    expect(errorsOf(form({ rules: [["十四五", "3"], ["", "11"], ["十四五", "1"]] }))).toEqual({
      "rules.1.keyword": ["关键词不能为空"],
      "rules.1.weight": ["权重最大为 10"],
      "rules.2.keyword": ["与第 1 行的关键词重复"],
    });
  });

  it("needs a name, a description and at least one keyword", () => {
    expect(errorsOf(form({ name: " ", description: "", rules: [] }))).toEqual({ name: ["名称不能为空"], description: ["说明不能为空"], rules: ["至少需要一个关键词"] });
  });

  it("limits the lengths", () => {
    const errors = errorsOf(form({ name: "名".repeat(31), description: "说".repeat(201), rules: [["词".repeat(31), "1"]] }));
    expect(errors).toEqual({ name: ["名称最多 30 个字"], description: ["说明最多 200 个字"], "rules.0.keyword": ["关键词最多 30 个字"] });
  });

  it("keeps markup as plain text (rendered as text, never as HTML)", () => {
    expect(parse(form({ name: "<img src=x onerror=alert(1)>" })).name).toBe("<img src=x onerror=alert(1)>");
  });
});

describe("diffRules", () => {
  it("lists added, removed and re-weighted keywords", () => {
    const before = [{ keyword: "疫情防控", weight: 3 }, { keyword: "隔离", weight: 1 }, { keyword: "新冠", weight: 3 }];
    const after = [{ keyword: "疫情防控", weight: 2 }, { keyword: "新冠", weight: 3 }, { keyword: "核酸检测", weight: 3 }];
    expect(diffRules(before, after)).toEqual({
      added: [{ keyword: "核酸检测", weight: 3 }],
      removed: [{ keyword: "隔离", weight: 1 }],
      reweighted: [{ keyword: "疫情防控", from: 3, to: 2 }],
    });
  });
});
