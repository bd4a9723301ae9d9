// Generated from content/lexicon/query-words.yml by `npx tsx src/search/load-query-words.ts --write`: edit the YAML, not this file.
import type { QueryWordLists } from './query-words';

export const QUERY_WORDS: QueryWordLists = {
  stop: {
    "zh-Hans": ["我","你","他","她","它","我们","你们","他们","她们","自己","什么","怎么","怎样","怎么办","如何","为什么","哪些","哪里","是否","能否","可以","应该","应当","需要","要","会","能","有","没有","对","向","给","让","从","为","对于","关于","如果","因为","所以","但是","还是","一些","这些","那些","这样","那样","很","太","多","更","最","已","已经","过","有没有","是不是","时候","的时候","进行","一个","个","跟","和","与","及","或","或者","把","被","在","里","就","都","也","又","将","而","并","并且","之","其"],
    "ko": ["때문에","위해","위해서","위한","대해","대한","대해서","통해","통한","통해서","어떻게","무엇","무엇을","왜","누가","어디","언제","관련","관한","하고","하면","해서","하여","했을","했던","주었다","줬다","주다","받았다","받다","받은","모든","다른","같은","경우"],
    "en": ["must","shall","might","ought","why","whom","whose","him","himself","herself","themselves","itself","myself","yourself","us","own","same","each","just","too","even","still","yet","already","ever","both","either","neither","nor","because","since","until","though","although","whether","unless","upon","onto","toward","towards","anyone","anything","everyone","everything","whoever","whatever","i'm","it's","he's","they're","let's"],
    "es": ["mientras","despues","luego","segun","cada","mismo","misma","mismos","mismas","propio","propia","propios","propias","suyo","suya","nuestro","nuestra","aquel","aquella","aquello","cuanto","cuanta","cuantos","tan","tanto","aunque","pues","entonces","asi","aun","todavia","debe","deben","deberia","puede","pueden","podria","hacia","tras","cuyo","cuya"],
  },
  light: {
    "en": ["use","using","used","uses","make","making","made","get","getting","take","taking","find","finding","ask","asking","way","ways","how","what","which","do","does","doing","done","via","through","regarding","someone","something","somebody","people","person","thing","things","put","putting","deal","dealing","handle","handling","try","trying","help","helping","kind","kinds","type","types","case","cases","situation","situations","say","says","said","saying","tell","tells","told","look","looks","seem","seems"],
    "es": ["usar","usando","utilizar","utilizando","hacer","haciendo","buscar","buscando","mediante","traves","manera","maneras","forma","formas","caso","casos","alguien","algo","tipo","tipos","situacion","situaciones","como","cual"],
    "ko": ["이용","이용하다","이용한","통해","통한","방법","방식","경우","상황","어떻게","하기","하는","위한"],
    "zh-Hans": ["寻找","找","借助","利用","使用","采取","进行","通过","做","做法","方法","方式","办法","问题","情况","处理","如何","怎样","怎么","哪些","说","告诉","讲","提到"],
  },
};
