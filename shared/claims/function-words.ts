/**
 * The function words the engine reads in every language it knows: English (english.ts) and, for
 * the Arabic and Russian press, the words that negate, hedge, plan, deny, attribute or decline.
 * Like english.ts, these belong to the languages, not to a story. Arabic words are matched after
 * letter folding with their proclitics (terms.ts), so "ولم" is "لم".
 */
import type { Terms } from '../storyline/types';
import * as english from './english';

const ARABIC = {
  negators: ['لا', 'لم', 'لن', 'ليس', 'ليست', 'غير', 'دون', 'بدون', 'نفى', 'نفت', 'ينفي', 'تنفي', 'عدم'],
  prospects: ['من المتوقع', 'يتوقع', 'من المرجح', 'ربما', 'يرجح'],
  modals: ['قد', 'ربما', 'من المتوقع', 'يتوقع', 'يرجح', 'من المرجح', 'محتمل', 'احتمال', 'يمكن', 'يمكن أن', 'من الممكن'],
  hedges: ['شائعات', 'إشاعات', 'مواقع التواصل', 'وسائل التواصل الاجتماعي', 'غير مؤكد*', 'إذا', 'في حال', 'لو', 'يبدو', 'محللون', 'محللين', 'خبراء', 'سيناريو*', 'توقعات'],
  intentions: ['سوف', 'ستقوم', 'يعتزم', 'تعتزم', 'تخطط', 'يخطط', 'تنوي', 'ينوي', 'تسعى', 'يسعى', 'تأمل', 'يأمل'],
  denials: ['نفى', 'نفت', 'ينفي', 'تنفي', 'نفي', 'عار عن الصحة', 'لا أساس له', 'مزاعم', 'أخبار كاذبة', 'مضللة', 'غير صحيح*'],
  noComment: ['رفض* التعليق', 'امتنع* عن التعليق', 'لم يعلق', 'لم تعلق'],
  speechVerbs: ['قال', 'قالت', 'أكد', 'أكدت', 'أعلن', 'أعلنت', 'صرح', 'صرحت', 'أوضح', 'أوضحت', 'أشار', 'أشارت', 'نقلت', 'وفق*', 'بحسب', 'حسب'],
  unnamedSources: ['مصدر', 'مصادر', 'مصادر مطلعة', 'مسؤول* طلب عدم الكشف', 'فضل عدم الكشف', 'طلب عدم ذكر اسمه'],
};

const RUSSIAN = {
  negators: ['не', 'нет', 'ни', 'никак*', 'без', 'отрица*', 'опроверг*'],
  prospects: ['ожида*', 'вероятно', 'возможно', 'по-видимому'],
  modals: ['может', 'могут', 'могла', 'мог', 'возможно', 'вероятно', 'по-видимому', 'не исключ*', 'ожида*', 'предполага*', 'якобы'],
  hedges: ['слух*', 'телеграм*', 'соцсет*', 'неподтвержд*', 'если', 'в случае', 'эксперт*', 'аналитик*', 'политолог*', 'сценари*', 'прогноз*'],
  intentions: ['будет', 'будут', 'намерен*', 'планиру*', 'собира*', 'хочет', 'хотят', 'рассчитыва*', 'стремится'],
  denials: ['опроверг*', 'отрица*', 'фейк*', 'не соответству* действительности', 'дезинформаци*', 'вброс*', 'безосновательн*'],
  noComment: ['отказал* от комментари*', 'не стал комментировать', 'воздержал* от комментари*', 'не комментиру*'],
  speechVerbs: ['заявил*', 'сообщил*', 'сказал*', 'отметил*', 'подчеркнул*', 'указал*', 'передает', 'передаёт', 'по словам', 'по данным', 'пишет'],
  unnamedSources: ['источник*', 'на условиях анонимности', 'собеседник*', 'осведомлен*'],
};

const everyLanguage = (inEnglish: Terms, key: keyof typeof ARABIC): Terms => [...inEnglish, ...ARABIC[key], ...RUSSIAN[key]];

export const NEGATORS = everyLanguage(english.NEGATORS, 'negators');
export const MODALS = everyLanguage(english.MODALS, 'modals');
export const PROSPECTS = everyLanguage(english.PROSPECTS, 'prospects');
export const HEDGES = everyLanguage(english.HEDGES, 'hedges');
export const INTENTIONS = everyLanguage(english.INTENTIONS, 'intentions');
export const DENIALS = everyLanguage(english.DENIALS, 'denials');
export const NO_COMMENT = everyLanguage(english.NO_COMMENT, 'noComment');
export const SPEECH_VERBS = everyLanguage(english.SPEECH_VERBS, 'speechVerbs');
export const UNNAMED_SOURCES = everyLanguage(english.UNNAMED_SOURCES, 'unnamedSources');
