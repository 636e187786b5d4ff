import { namesOtherSubject } from '../../../src/core/similarity/other-subject';

describe('namesOtherSubject', () => {
  it.each([
    ['智能语音识别系统', '智能图像识别系统'],
    ['面向医疗领域的翻译系统', '面向法律领域的翻译系统'],
    ['压力传感器', '温度传感器'],
    ['医疗影像分析', '遥感影像分析'],
    ['工业场景资源库', '交通运输场景资源库'],
  ])('%s and %s: one template, another subject', (a, b) => {
    expect([namesOtherSubject(a, b), namesOtherSubject(b, a)]).toEqual([true, true]);
  });

  it.each([
    ['研发及产业化', '研发及产业化应用', 'a word added'],
    ['翻译平台一期', '翻译平台二期', 'one character changed'],
    ['推断框架v1', '推断框架v2', 'one character changed'],
    ['智能语音识别', '智能音语识别', 'characters transposed'],
    ['检测系统研发', '检测平台研发', 'a product renamed'],
    ['检测系统研发及产业化', '检测系统研发及应用', 'a kind of work renamed'],
    ['智能语音识别系统研发', '智能图像识别系统研制', 'two blocks changed'],
    ['面向工业质检的视觉系统', '面向农业植保的视觉系统', 'a block sharing a character'],
  ])('%s and %s: not, for %s', (a, b) => {
    expect([namesOtherSubject(a, b), namesOtherSubject(b, a)]).toEqual([false, false]);
  });
});
