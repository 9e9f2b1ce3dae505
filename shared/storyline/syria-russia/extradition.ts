/** The handover of Bashar al-Assad, or other former-regime figures, from Russia to Syria. */
import type { ThreadDefinition } from '../types';

export const EXTRADITION: ThreadDefinition = {
  id: 'extradition',
  label: 'Extradition',
  definition: 'Whether Russia hands over Bashar al-Assad, who fled to Moscow in December 2024, or other former-regime figures.',
  requiresSide: 'russia',
  topic: {
    en: [
      'extradit*', 'hand* over', 'handover', 'hand ... ... over', 'handed ... ... over', 'surrender*', 'asylum', 'refuge', 'deport*', 'custody',
      '[stand|face|faces|facing] trial', 'red notice', 'interpol', 'arrest warrant*', 'wanted [persons|people|individuals|men|suspects]',
      'send ... ... back', 'return ... ... to [syria|damascus]', 'accountab*', 'prosecut*', 'to justice', 'return of', 'his return', 'give ... ... up', 'request', 'requests', 'demand', 'demands',
    ],
  },
  subjects: [
    {
      id: 'assad',
      label: 'Assad', phrase: 'Bashar al-Assad',
      aliases: { en: ['Assad', 'Bashar', 'former president', 'ousted president', 'deposed president', 'toppled president', 'ousted leader', 'deposed leader', 'former syrian president', 'former leader'] },
      namesTopic: false,
      ignore: [
        '[since|after|before|following|until|with] ... [fall|ouster|overthrow|collapse|toppling|flight|end|removal] of ... [assad|al-assad]', '[since|after|before|following] ... assad*s [fall|ouster|overthrow|collapse|toppling|flight]',
        '[since|after|before|following|until|when] ... [assad|al-assad] [was|had been|were] [toppled|ousted|overthrown|removed|deposed|forced out|driven out]',
        '[since|after|before|following|until|when] ... [assad|al-assad] [fled|fell]',
        'post-assad', '[other than|apart from|besides|except] ... [assad|al-assad]', 'under ... [assad|al-assad]', 'assad [era|regime|government|years|rule|family|clan|loyalists|aides|associates|officials|officers|generals]',
        "[bashar al-assad's|bashar assad's|al-assad's|assad's] [brother|brothers|wife|cousin*|relatives|family|aides|associates|uncle|son|sons|regime|government|rule|fall|ouster]", '[aides|associates|loyalists|relatives|officials|officers|generals|family|investments|money|fortune|businesses] [of|to|for] ... [assad|al-assad]',
        '[maher|asma|rifaat|hafez|basel|bushra] ... assad',
      ],
    },
    {
      id: 'other',
      label: 'Other regime figures', phrase: 'former regime figures',
      introducesNames: true,
      // A wanted man named by what is asked for him, not by his rank (Assad is named by his own aliases and never learnt).
      introducedBy: ['[extradition|handover|surrender|return] of', '[extradite|extradited|extraditing|surrender|surrendered]', 'hand over', 'handed over', 'request for', 'requests for'],
      aliases: {
        en: [
          'former ... ... [officials|officers|generals|ministers|commanders|figures|aides|officer|official|general|minister|commander|colonel|brigadier|chief|head|governor|director|directors|warden|judge|prosecutor]', 'ex-*', 'regime [figures|officials|officers]',
          'wanted [persons|people|individuals|men|suspects]', 'war criminals', 'accused of war crimes', 'Maher', 'Rifaat', 'Makhlouf', 'relatives', 'brother', 'cousin*',
          'aides', 'associates', 'loyalists', 'individuals', 'officers', 'businessman', 'businessmen', 'financier', 'tycoon',
          // A wanted officer by rank and name: "the extradition of Major-General Wassim Tarrab".
          '[major-general|brigadier-general|lieutenant-general|major general|brigadier general|lieutenant general|brigadier|colonel]',
        ],
      },
    },
  ],
  references: ['him', 'his', 'he', 'it', '[the|this] [question|matter|issue]', 'his case', 'the request', 'the requests', 'such requests', 'the handover', 'the extradition', 'the demand', 'the former president', 'his extradition', 'his handover', 'his return', "[the|this] [general|colonel|brigadier|officer|general's|colonel's|brigadier's|officer's]", '[this|that|the] individual'],
  statuses: [
    {
      id: 'requested',
      label: 'requested', sentence: 'Syria asks Russia to hand over {s}',
      kind: 'standing',
      definition: 'Syria has asked for the handover.',
      examples: ['Damascus formally asked Moscow to hand over Bashar al-Assad.'],
      cues: [
        {
          phrases: {
            en: [
              'request*', 'ask*', 'asked', 'demand*', 'call* for', 'seek*', 'sought', 'urg*', 'press* for', 'pressing', 'arrest warrant*', 'red notice', 'want* ... [handed|extradited|returned|to face|to stand|back]',
              '[submitted|filed|sent|lodged|delivered|handed] ... [request|note]', 'insist* on', '[should|must] [face|stand] trial', '[should|must] be [handed|extradited|returned|brought]',
            ],
          },
          unless: [
            'request* for comment', 'asked not to be [named|identified|quoted]', '[asking|requesting] anonymity', 'asked ... ... about', 'when asked', 'asked [whether|if|how|what|when|why]', 'on request', 'upon request', 'at the request of', 'ask* ... for information', 'information on',
            // "wanted for torture" describes the person, it is not a request.
            'wanted [for|over|in connection]',
          ],
        },
      ],
    },
    {
      id: 'refused',
      label: 'refused', sentence: 'Russia refuses to hand over {s}',
      kind: 'event',
      definition: 'Russia refused the handover, or granted or confirmed his asylum.',
      examples: ['The Kremlin rejected the request, saying Assad had been granted asylum on humanitarian grounds.'],
      cues: [
        {
          phrases: {
            en: [
              'refus*', 'reject*', 'rebuff*', 'turn* down', 'turned ... down', 'declin* to [hand|extradite|return|surrender]', '[will|would] not [hand|extradite|surrender|return]', '[will|would] [not|never] be [extradited|handed|returned|surrendered|sent back|given up]',
              'out of the question', 'no question of', '[said|says|saying|say] no', 'not [up|open] for discussion', 'not on the agenda', 'nothing to discuss', '[question|matter|issue|file|case] ... ... [closed|settled]',
              'matter ... closed', 'consider* ... closed', 'not ... subject to extradition', 'no extradition', 'dismiss* ... [request|demand]',
              '[request|requests|demand|demands] ... denied', 'denied ... [request|requests|demand|demands]',
              'no intention of [handing|extraditing|returning|surrendering|giving]', 'no plans to [hand|extradite|return|surrender]', 'not going to [hand|extradite|return|surrender]',
            ],
          },
          // A court that rejects the wanted man's appeal lets the extradition stand.
          unless: ['[reject*|dismiss*|turn* down|threw out|throws out] ... appeal*', 'refus* to [comment|say|confirm|discuss|answer|elaborate]', 'declin* to [comment|say|confirm|discuss]', 'reject* ... [report*|claim*|rumou*|allegation*|speculation]'],
        },
      ],
    },
    {
      id: 'under_consideration',
      label: 'under consideration', sentence: 'Russia weighs handing over {s}',
      kind: 'standing',
      definition: 'Russia is studying the request, or has not decided.',
      examples: ['A Kremlin aide said the request was being studied.'],
      cues: [
        {
          phrases: {
            en: [
              'consider*', 'stud*', 'review*', 'examin*', 'look* into', 'weigh*', '[thinking|think|thinks] about', 'still deciding', 'under [review|consideration|study]', 'undecided', 'no decision', 'not yet decided', 'has not decided', 'have not decided', 'clear understanding',
              // Handed on to the body that decides: being considered.
              '[transferred|passed|referred|forwarded|sent] ... to ... [prosecutor*|prosecutor-general*|justice ministry|ministry of justice|courts|court]',
            ],
          },
          unless: ['closed', 'consider* ... [a threat|traitor|criminal|terrorist]'],
        },
      ],
    },
    {
      id: 'agreed',
      label: 'agreed', sentence: 'Russia agrees to hand over {s}',
      kind: 'event',
      definition: 'Russia agreed to hand over.',
      examples: ['Moscow agreed to extradite two former intelligence officers.'],
      whenNegated: 'refused',
      cues: [
        {
          phrases: {
            en: ['agree* to [hand|extradite|return|surrender|transfer|send]', 'agree* [on|last|this|in|at] ... to [hand|extradite|return|surrender|transfer|send]', 'approv* ... [extradition|handover|request|transfer]', '[agreed|agrees|agree] to [the|a|its|this|that|syria*s|damascus*s] ... [request|demand]', '[said|says|say|saying] yes', 'accept* ... [request|demand]', 'consent*', 'green light', 'grant* ... [request|extradition]',
              // A decision taken: "has decided to extradite", "a decision has been taken to satisfy the request".
              'decid* to [hand|extradite|return|surrender|transfer|send]', 'decision ... ... to [extradite|hand|surrender|transfer|satisfy|grant]', 'satisf* ... [request|demand]'],
          },
        },
      ],
    },
    {
      id: 'handed_over',
      label: 'handed over', sentence: 'Russia hands over {s}',
      kind: 'event',
      definition: 'The person was handed over.',
      examples: ['Russia handed over a former air force general to Syrian authorities on Sunday.'],
      cues: [
        {
          phrases: {
            en: ['handed over', 'handed ... over', 'extradited', '[was|were|been|has been|have been] [returned|deported|transferred|surrendered|sent back]', 'deported', 'in syrian custody', 'flown to damascus'],
          },
          unless: [
            'hand* over ... [power|control|the base|keys|documents|the facility|positions]',
            // A file sent on to those who examine it: the request moves, not the person.
            '[transferred|passed|referred|forwarded|sent] to ... [prosecutor*|prosecutor-general*|justice ministry|ministry of justice|court|courts]',
          ],
        },
      ],
    },
  ],
  stateModel: {
    forward: [['requested'], ['under_consideration', 'refused'], ['agreed'], ['handed_over']],
    incompatible: [
      ['refused', 'agreed'],
      ['refused', 'handed_over'],
      ['refused', 'under_consideration'],
    ],
    // One account may have a case studied and then agreed; one source saying it was agreed and another,
    // the same day, that it is still under examination disagree.
    contested: [['under_consideration', 'agreed']],
    precedence: ['requested', 'under_consideration', 'refused', 'agreed', 'handed_over'],
  },
};
