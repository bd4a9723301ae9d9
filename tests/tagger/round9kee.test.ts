/**
 * Round 9 ko / es / en (chat exports, a judgment, a handbook; blind26): exported-chat sender labels,
 * Korean plain-style (반말) imperatives, voseo imperatives, a reported prohibition as the condition of
 * carrying on, the accused in a judgment as a report, and concepts told in chat register. Each rule is
 * checked both ways where it has two sides (the same act advised vs. forbidden, reported or only named).
 * Every sentence is written for this test (none is taken from a held-out page). Lexicon alone.
 */
import { describe, expect, it } from 'vitest';
import type { Lang, TacticCode } from '../../src/records';
import { tagLexicon } from './helpers';

interface Case {
  text: string;
  lang: Lang;
  label: 'prohibited' | 'lawful' | 'noise' | 'not-prohibited';
  /** Codes the passage must carry (exactly, when `exact`). */
  tactics?: TacticCode[];
  exact?: boolean;
}

const cases: Case[] = [
  // Korean chat register: a sentence-final 반말 imperative advises; a past-tense 반말 sentence reports.
  { text: '밤 11시 넘어서도 계속 두드려.', lang: 'ko', label: 'prohibited', tactics: ['harassment-contact'] },
  { text: '밤늦게 두드리지 마세요.', lang: 'ko', label: 'not-prohibited' },
  { text: '병문안 가듯이 침대 옆에 한 시간 앉아 있다 와.', lang: 'ko', label: 'prohibited', tactics: ['harassment-contact', 'exploit-vulnerability'], exact: true },
  { text: '지난주에 그분 병문안 다녀왔어.', lang: 'ko', label: 'not-prohibited' },
  { text: '키 맡겨 놨으면 그 차 그냥 몰고 와. 갚으면 돌려준다고 하고.', lang: 'ko', label: 'prohibited', tactics: ['coercion-confinement'] },
  { text: '차단하면 다른 번호로 계속 걸어.', lang: 'ko', label: 'prohibited', tactics: ['harassment-contact'] },
  { text: '문자 발신자명은 지방법원 집행과로 바꿔서 보내.', lang: 'ko', label: 'prohibited', tactics: ['false-identity'], exact: true },
  { text: '발신자명에 법원 이름을 쓰는 것은 불법입니다.', lang: 'ko', label: 'not-prohibited' },
  { text: '안 갚으면 감방 간다고 해.', lang: 'ko', label: 'prohibited', tactics: ['false-legal-threat'] },
  { text: '감방 간다고 겁주면 오히려 협박죄가 될 수 있습니다.', lang: 'ko', label: 'not-prohibited' },
  { text: '가족한테 연락하지 말라면 더 연락해. 부모님한테도 돌려.', lang: 'ko', label: 'prohibited', tactics: ['third-party-pressure'] },
  { text: '피고인은 채무자의 직장 상사에게 채무 사실을 알렸다.', lang: 'ko', label: 'not-prohibited' },
  { text: '그 사람 아들이 회사로 전화하지 말라고 하더라고요.', lang: 'ko', label: 'not-prohibited' },
  { text: '형님들 한번 보내 드릴까요? 라고 물어봐.', lang: 'ko', label: 'prohibited', tactics: ['threat-violence'] },
  { text: '형님들 한번 보내 드릴까요?', lang: 'ko', label: 'not-prohibited' },
  // Exported chats: the sender label names who speaks; the same word in the message body counts.
  { text: '[조폭아님] [오후 2:10] 오늘 회의는 세 시에 합니다.', lang: 'ko', label: 'not-prohibited' },
  { text: '[팀장] [오후 2:12] 안 갚으면 조폭 형님들 보낸다고 해.', lang: 'ko', label: 'prohibited', tactics: ['threat-violence'] },
  { text: '03/02/26, 09:05 - Ariel (jefe): Buen día a todos, hoy hay reunión a las diez.', lang: 'es', label: 'not-prohibited' },
  { text: '03/02/26, 09:07 - Ariel: Llamá a su jefe y contale que le debe plata a la financiera.', lang: 'es', label: 'prohibited', tactics: ['third-party-pressure'] },
  { text: '03/02/26, 08:00 - Los mensajes y las llamadas están cifrados de extremo a extremo.', lang: 'es', label: 'noise' },
  // Spanish: voseo imperatives advise; the same act forbidden is lawful.
  { text: 'Decile que si no paga va a terminar en cana.', lang: 'es', label: 'prohibited', tactics: ['false-legal-threat'] },
  { text: 'Nunca le digas que va a terminar en cana: es ilegal.', lang: 'es', label: 'not-prohibited' },
  { text: 'Mandale una foto de su casa, sin escribir nada más.', lang: 'es', label: 'prohibited', tactics: ['threat-violence'], exact: true },
  { text: 'Subí su foto con lo que debe a tu estado de WhatsApp.', lang: 'es', label: 'prohibited', tactics: ['public-shaming'] },
  { text: 'Deciles que saquen un préstamo en otra app y te paguen hoy.', lang: 'es', label: 'prohibited', tactics: ['coercion-confinement'] },
  // English.
  { text: 'We found his new job on LinkedIn and sent the demand letter to his home address.', lang: 'en', label: 'not-prohibited' },
  { text: 'Post about what she owes on her Instagram.', lang: 'en', label: 'prohibited', tactics: ['public-shaming'] },
  { text: "Don't call them fees on the phone; call it a service adjustment.", lang: 'en', label: 'prohibited', tactics: ['deception', 'unfair-charges'], exact: true },
  { text: "Tell her we'll garnish her disability check next week.", lang: 'en', label: 'prohibited', tactics: ['false-legal-threat', 'exploit-vulnerability'] },
  { text: 'Start dialing at 6:30 on Sunday mornings.', lang: 'en', label: 'prohibited', tactics: ['harassment-contact'] },
  { text: 'Never call before 8 a.m. on weekends.', lang: 'en', label: 'not-prohibited' },
  { text: "Say you're doing a survey so the neighbor tells you when he gets home.", lang: 'en', label: 'prohibited', tactics: ['deception'] },
  { text: 'Keep knocking until somebody opens up.', lang: 'en', label: 'prohibited', tactics: ['harassment-contact'] },
  { text: 'Mail the reminder on the template that looks like a court summons.', lang: 'en', label: 'prohibited', tactics: ['false-identity'] },
  { text: 'Never send a reminder that looks like a court summons.', lang: 'en', label: 'not-prohibited' },
  { text: "It would be a shame if he got hurt, wouldn't it? Say that.", lang: 'en', label: 'prohibited', tactics: ['threat-violence'] },
  { text: 'Amenazalo con ir a la casa de la madre si no aparece.', lang: 'es', label: 'prohibited', tactics: ['third-party-pressure'] },
  { text: 'Su hijo está internado y no le vamos a llamar hasta que salga.', lang: 'es', label: 'not-prohibited' },
  { text: 'There is no real deadline on this offer; tell them it ends at five today.', lang: 'en', label: 'prohibited', tactics: ['deception'] },
];

describe('round 9 (ko / es / en chat, judgment and handbook wording)', () => {
  it.each(cases)('$lang: $text → $label', ({ text, lang, label, tactics, exact }) => {
    const t = tagLexicon(text, lang);
    if (label === 'not-prohibited') expect(t.label).not.toBe('prohibited');
    else expect(t.label).toBe(label);
    if (tactics) {
      if (exact) expect([...t.tactics].sort()).toEqual([...tactics].sort());
      else for (const c of tactics) expect(t.tactics).toContain(c);
    }
    if (t.label === 'prohibited') expect(t.citations.length).toBeGreaterThan(0);
  });
});
